package cn.hinews.app.web.upload;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may be: per file (a bulletin's PDF with its pictures stays well under it), per
 * request, files per request. The servlet's multipart limits follow, so that a larger upload is cut
 * off while it arrives rather than read whole.
 */
@Configuration
class UploadLimits {
  static final String PATH = "/issues/import";
  static final int MAX_FILE_MB = 20;
  static final long MAX_FILE_BYTES = MAX_FILE_MB * 1024L * 1024L;
  static final int MAX_FILES = 200;
  static final int MAX_REQUEST_MB = 400;

  static String describe() {
    return "每个文件不超过 " + MAX_FILE_MB + " MB，一次最多 " + MAX_FILES + " 个文件";
  }

  @Bean
  MultipartConfigElement multipartConfigElement() {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(DataSize.ofMegabytes(MAX_FILE_MB));
    factory.setMaxRequestSize(DataSize.ofMegabytes(MAX_REQUEST_MB));
    return factory.createMultipartConfig();
  }
}
