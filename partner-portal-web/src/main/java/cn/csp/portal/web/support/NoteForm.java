package cn.csp.portal.web.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A note on a request (the partner's answer or an operator's reply), with files. */
public class NoteForm {

  private String text;
  private boolean needsInformation;
  private List<MultipartFile> attachments = new ArrayList<>();

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isNeedsInformation() {
    return needsInformation;
  }

  public void setNeedsInformation(boolean needsInformation) {
    this.needsInformation = needsInformation;
  }

  public List<MultipartFile> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<MultipartFile> attachments) {
    this.attachments = attachments == null ? new ArrayList<>() : attachments;
  }
}
