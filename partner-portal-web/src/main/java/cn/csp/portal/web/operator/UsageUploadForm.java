package cn.csp.portal.web.operator;

import org.springframework.web.multipart.MultipartFile;

/** A CSV file of usage records. */
public class UsageUploadForm {

  private MultipartFile file;

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }
}
