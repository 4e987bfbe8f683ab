package cn.hinews.core.extract;

import cn.hinews.core.source.SourceRegistry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction as a chain of named steps over an immutable {@link Draft}: each step adds its part
 * and the next reads it; a step that finds the page gives no article ends the chain. Never throws:
 * an exception of a step becomes the extraction's failure.
 */
final class ExtractionChain {
  private final List<ExtractionStep> steps;

  private ExtractionChain(List<ExtractionStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Every step, by name, in the standard order: <b>the one place the chain is defined</b>. To add a
   * step, write a package-private {@link ExtractionStep} and put it here where what it reads is
   * ready.
   */
  static Map<String, ExtractionStep> steps(SourceRegistry sources) {
    Map<String, ExtractionStep> m = new LinkedHashMap<>();
    // bytes → text: BOM, header, meta, each checked against the bytes; detection; GBK as GB18030
    put(m, new DecodeStep());
    // text → DOM; the head (title, meta dates, authors, og:*), the source by host, its CSS rules
    put(m, new ParseStep(sources));
    // the site rule's title over the head's
    put(m, new TitleStep());
    // the only step that changes the DOM: scripts, hidden, boilerplate names, comments
    put(m, new CleanStep());
    // the body's element(s) by text density (or the site rule), as filtered blocks
    put(m, new BodyStep());
    // a short body looked for again without cleaning by class names
    put(m, new SecondTryStep());
    // a list or column page (dated headline links, little prose) is no article: the chain ends
    put(m, new ListingStep());
    // an unconfirmed title replaced by the heading over the body
    put(m, new HeadlineStep());
    // the publish time by the DateResolver's places in order
    put(m, new DateStep(DateResolver.standard()));
    // authors, editors, 来源
    put(m, new CreditsStep());
    // the outlet, and its name off the title's end
    put(m, new OutletStep());
    // lead images
    put(m, new ImagesStep());
    return m;
  }

  private static void put(Map<String, ExtractionStep> m, ExtractionStep step) {
    if (m.put(step.name(), step) != null) {
      throw new IllegalStateException("two extraction steps named " + step.name());
    }
  }

  /** The standard chain: every step of {@link #steps} in its order. */
  static ExtractionChain standard(SourceRegistry sources) {
    return new ExtractionChain(new ArrayList<>(steps(sources).values()));
  }

  /**
   * A chain of the named steps in the given order (a shorter one for a test or a tool).
   *
   * @throws IllegalArgumentException for a name no step has
   */
  static ExtractionChain of(List<String> names, SourceRegistry sources) {
    Map<String, ExtractionStep> known = steps(sources);
    List<ExtractionStep> chosen = new ArrayList<>();
    for (String name : names) {
      ExtractionStep step = known.get(name);
      if (step == null) {
        throw new IllegalArgumentException(
            "未知的抽取步骤 " + name + "（可用：" + String.join("、", known.keySet()) + "）");
      }
      chosen.add(step);
    }
    return new ExtractionChain(chosen);
  }

  /** A chain of these steps, in this order (a step of a test, a tool's own). */
  static ExtractionChain ofSteps(List<ExtractionStep> steps) {
    return new ExtractionChain(steps);
  }

  /** The steps' names in order. */
  List<String> names() {
    return steps.stream().map(ExtractionStep::name).toList();
  }

  /** Runs the steps over the page; never throws. */
  Extraction run(Page page, LocalDateTime now) {
    Draft draft = Draft.of(page, now);
    for (ExtractionStep step : steps) {
      try {
        draft = step.apply(draft);
      } catch (RuntimeException | StackOverflowError e) {
        return crashed(draft, e);
      }
      if (draft.failure().isPresent()) {
        break;
      }
    }
    return draft.toExtraction();
  }

  /** A page a step could not read: what the original extractor said of such a page. */
  private static Extraction crashed(Draft draft, Throwable e) {
    boolean decoded = draft.decoded().isPresent();
    String why = (decoded ? "cannot read the page: " : "cannot decode the page: ") + e;
    return new Extraction(
        draft.page().url(),
        "",
        java.util.Optional.empty(),
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new Diagnostics(
            draft.decoded().map(d -> d.charset().name()).orElse("?"),
            draft.decoded().map(PageDecoder.Decoded::source).orElse("?"),
            "",
            0,
            List.of()),
        java.util.Optional.of(why));
  }
}
