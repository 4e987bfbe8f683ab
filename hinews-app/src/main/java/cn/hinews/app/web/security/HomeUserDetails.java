package cn.hinews.app.web.security;

import cn.hinews.core.domain.AppUser;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of our users: a role grants itself and the ones below it. */
final class HomeUserDetails implements UserDetailsService {
  private final Users users;
  private final Clock clock;

  HomeUserDetails(Users users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** The authorities of a role: itself and the ones below it. */
  static java.util.Set<String> roles(AppUser.Role role) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (AppUser.Role r : AppUser.Role.values()) {
      if (r.ordinal() <= role.ordinal()) {
        out.add("ROLE_" + r.name());
      }
    }
    return out;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AppUser u =
        users
            .find(username)
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    List<SimpleGrantedAuthority> roles =
        roles(u.role()).stream().map(SimpleGrantedAuthority::new).toList();
    boolean locked = u.lockedUntil().map(t -> t.isAfter(clock.instant())).orElse(false);
    return User.withUsername(u.username())
        .password(u.passwordHash())
        .authorities(roles)
        .disabled(!u.enabled())
        .accountLocked(locked)
        .build();
  }
}
