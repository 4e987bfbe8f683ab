package cn.hinews.app.cli;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.home.HinewsHome;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "The workbench's users (roles: viewer, editor, admin).",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Passwd.class,
      UserCommand.Unlock.class,
      UserCommand.ListUsers.class
    })
final class UserCommand implements Runnable {
  @ParentCommand Cli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out());
  }

  /** The password: from the option, else HINEWS_PASSWORD, else asked on the console. */
  String password(String given) {
    if (given != null) {
      return given;
    }
    String env = cli.env().get("HINEWS_PASSWORD");
    if (env != null && !env.isBlank()) {
      return env;
    }
    java.io.Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("give the password with --password or HINEWS_PASSWORD");
    }
    return new String(console.readPassword("password: "));
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--role", defaultValue = "viewer", description = "viewer, editor or admin")
    String role;

    @Option(names = "--password", description = "else HINEWS_PASSWORD or asked")
    String password;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        parent.cli.ensureAdmin(home);
        AppUser.Role r;
        try {
          r = AppUser.Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--role is viewer, editor or admin, not " + role, e);
        }
        new Users(home.store(), home.clock()).add(name, parent.password(password), r, "cli");
        parent.cli.out().println("added " + name + " (" + r.name().toLowerCase(Locale.ROOT) + ")");
        return 0;
      }
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description = "Set a user's password (and unlock it).")
  static final class Passwd implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--password", description = "else HINEWS_PASSWORD or asked")
    String password;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        parent.cli.ensureAdmin(home);
        new Users(home.store(), home.clock()).setPassword(name, parent.password(password), "cli");
        parent.cli.out().println("password of " + name + " set");
        return 0;
      }
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Lift a user's lock-out (a distributed attack locked it); the password stays.")
  static final class Unlock implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        parent.cli.ensureAdmin(home);
        new Users(home.store(), home.clock()).unlock(name, "cli");
        parent.cli.out().println("unlocked " + name);
        return 0;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        parent.cli.ensureAdmin(home);
        for (AppUser u : new Users(home.store(), home.clock()).list()) {
          parent
              .cli
              .out()
              .printf(
                  Locale.ROOT,
                  "%-20s %-7s %s%s%n",
                  u.username(),
                  u.role().name().toLowerCase(Locale.ROOT),
                  u.enabled() ? "enabled" : "disabled",
                  u.lockedUntil().map(t -> " locked until " + t).orElse(""));
        }
        return 0;
      }
    }
  }
}
