package cn.csp.portal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class BusinessErrorAdviceTest {

  @Test
  void aWriteThatARaceMadeViolateAUniqueConstraintIsAConflictWithAMessageNotA500() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("error.concurrentConflict", Locale.ENGLISH, "Someone else saved it");
    MockHttpServletResponse response = new MockHttpServletResponse();

    ModelAndView page =
        new BusinessErrorAdvice(messages)
            .conflicted(
                new DuplicateKeyException(
                    "insert", new SQLException("duplicate key value violates unique constraint")),
                Locale.ENGLISH,
                response);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(page.getViewName()).isEqualTo("error");
    assertThat(page.getModel()).containsEntry("detail", "Someone else saved it");
  }
}
