"""Pandoc's markdown written to be rendered to Word (Quarto, R Markdown): read as the lines of its other copies."""
import vnplan
from vnplan.pandocmarkdown import looks_like_pandoc_markdown, pandoc_markdown_as_text

_QUARTO = """---
title: "KH 88/KH-TTYT"
format: docx
---

```{r}
#| include: false
so_xa <- 12
```

::: {custom-style="Header Left"}
SỞ Y TẾ TỈNH CAO BẰNG\\
**TRUNG TÂM KIỂM SOÁT BỆNH TẬT**\\
Số: 88/KH-TTYT
:::

::: {custom-style="Header Right"}
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\
*Cao Bằng, ngày 12 tháng 01 năm 2027*
:::

::: {custom-style="Title"}
KẾ HOẠCH
:::

Phòng, chống bệnh dại năm 2027

Kế hoạch được triển khai tại `r so_xa` xã trên địa bàn tỉnh như sau:

# I. NỘI DUNG {.unnumbered}

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Bắt đầu | Kết thúc |
|:--:|:--|:--|:--|:--:|:--:|
| 1 | Tiêm vắc xin phòng dại cho chó, mèo tại các xã | Khoa Kiểm soát bệnh truyền nhiễm | Trạm Y tế các xã | Tháng 3/2027 | Tháng 5/2027 |
| 2 | Tập huấn xử trí vết thương do chó cắn cho nhân viên y tế | Khoa Truyền thông | Phòng Kế hoạch - Nghiệp vụ | Tháng 4/2027 | Tháng 6/2027 |

: Phân công thực hiện Kế hoạch phòng, chống bệnh dại năm 2027 {#tbl-phan-cong}

::: {.callout-note collapse="true"}
## Ghi chú (không in)
Nhắc Khoa Truyền thông gửi tài liệu trước 20/02.
:::

# II. TỔ CHỨC THỰC HIỆN {.unnumbered}

Khoa Kiểm soát bệnh truyền nhiễm tổng hợp, báo cáo Sở Y tế trước ngày 15/12/2027.

::: {custom-style="Chu ky"}
**GIÁM ĐỐC**\\
\\
**Nông Văn Quyết**
:::
"""


def test_a_quarto_source_is_recognised_and_plain_markdown_is_not():
    assert looks_like_pandoc_markdown(_QUARTO)
    assert not looks_like_pandoc_markdown("KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n- Sở Y tế: chủ trì.\n")


def test_a_quarto_source_reads_without_its_fences_chunks_attributes_breaks_and_callouts():
    text = pandoc_markdown_as_text(_QUARTO)
    assert "SỞ Y TẾ TỈNH CAO BẰNG\n" in text and "\\" not in text
    assert not any(mark in text for mark in (":::", "```", "{.unnumbered}", "{#tbl", "so_xa <-", "Nhắc Khoa"))
    assert "tại … xã" in text
    # the caption above its table, where Word prints a table's title
    assert text.index("Phân công thực hiện Kế hoạch") < text.index("| TT | Nội dung")


def test_a_quarto_plan_is_extracted_its_tasks_due_at_their_end_not_their_start():
    plan = vnplan.extract_text(_QUARTO)
    doc = plan.document
    assert (doc.number, doc.issued_date, doc.signer, doc.signer_title) == (
        "88/KH-TTYT", "2027-01-12", "Nông Văn Quyết", "Giám đốc")
    assert [(task.lead, task.deadline) for task in plan.tasks[:2]] == [
        (["Khoa Kiểm soát bệnh truyền nhiễm"], "2027-05-31"), (["Khoa Truyền thông"], "2027-06-30")]
    assert not any(task.text.startswith(("Phân công thực hiện", "Nhắc")) for task in plan.tasks)
