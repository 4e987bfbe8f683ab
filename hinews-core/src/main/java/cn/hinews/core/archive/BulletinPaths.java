package cn.hinews.core.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bulletin files that paths name: a file as it is, a folder's bulletin files (.md, .docx, .pdf)
 * in name order; a path that cannot be listed is a failed outcome of its own.
 *
 * @param files the files to read
 * @param failures the paths that could not be listed
 */
record BulletinPaths(List<Path> files, List<ImportOutcome> failures) {
  BulletinPaths {
    files = List.copyOf(files);
    failures = List.copyOf(failures);
  }

  static BulletinPaths of(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<ImportOutcome> failures = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(BulletinImporter::isBulletinFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          failures.add(BulletinImporter.failed(path.toString(), "无法列出目录：" + e.getMessage()));
        }
      } else {
        failures.add(BulletinImporter.failed(path.toString(), "没有这个文件或目录"));
      }
    }
    return new BulletinPaths(files, failures);
  }
}
