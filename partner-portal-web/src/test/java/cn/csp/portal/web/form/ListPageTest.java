package cn.csp.portal.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class ListPageTest {

  @Test
  void aPageParameterIsThePageItNames() {
    assertThat(ListPage.of("3")).isEqualTo(new ListPage(3));
    assertThat(ListPage.of(" 2 ")).isEqualTo(new ListPage(2));
    assertThat(ListPage.of("0")).isEqualTo(ListPage.FIRST);
  }

  @Test
  void noNumberIsTheFirstPage() {
    for (String none : new String[] {null, "", " ", "abc", "1.5", "-1", "-99999999999", "0x10"}) {
      assertThat(ListPage.of(none)).as("page=%s", none).isEqualTo(ListPage.FIRST);
    }
  }

  @Test
  void aNumberBeyondAnIntIsTheLastPageThereCanBe() {
    assertThat(ListPage.of("99999999999")).isEqualTo(new ListPage(Integer.MAX_VALUE));
    Pageable page = ListPaging.page(ListPage.of("99999999999"), Sort.by("name"));
    assertThat(page.getPageSize()).isEqualTo(ListPaging.PAGE_SIZE);
    assertThat(page.getOffset() + page.getPageSize()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    assertThat(page.getSort()).isEqualTo(Sort.by("name"));
  }

  @Test
  void aPageNumberCountsFromZero() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ListPage(-1));
  }
}
