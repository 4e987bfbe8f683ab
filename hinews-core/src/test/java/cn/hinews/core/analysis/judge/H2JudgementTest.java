package cn.hinews.core.analysis.judge;

import cn.hinews.core.store.Store;
import java.nio.file.Path;

/** The judgement contract on the embedded default: an H2 file under a home folder. */
class H2JudgementTest extends JudgementContract {
  @Override
  Store freshStore(Path dir) {
    return JudgedStore.open(dir.resolve("home"));
  }
}
