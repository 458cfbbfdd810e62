"""A comparison of a draft with the text signed reads as the signed text: the deleted lines are no part of the plan."""
import vnplan
from vnplan.versions import later_version, looks_like_version_comparison

_MERGED_VIEW = """BẢNG SO SÁNH DỰ THẢO
Văn bản trái: Dự thảo 1 (03/02/2027) | Văn bản phải: Bản ký (10/02/2027)
Ký hiệu: (-) bị xóa, (+) thêm mới
-------------------------------------------------------------
    1     1   SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TÂN AN
    2     2   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    3       - Số:     /KH-SNNMT
          3 + Số: 41/KH-SNNMT
    4     4   KẾ HOẠCH
    5     5   Trồng cây xanh đô thị năm 2027
    6     6   I. NHIỆM VỤ
    7       - 1. Chi cục Kiểm lâm chủ trì trồng 5.000 cây xanh trước ngày 30/6/2027.
          7 + 1. Chi cục Kiểm lâm chủ trì trồng 8.000 cây xanh trước ngày 31/5/2027, ưu tiên các tuyến đường mới
              mở và các trường học.
    8     8   2. Trung tâm Khuyến nông: Cung ứng cây giống đạt chuẩn trước ngày 15/4/2027.
    9       - 3. Văn phòng Sở: Tổ chức lễ phát động vào tháng 3/2027.
   10     9   II. TỔ CHỨC THỰC HIỆN
   11    10   Các đơn vị báo cáo kết quả về Sở trước ngày 20 hằng tháng.
-------------------------------------------------------------
In từ hệ thống quản lý văn bản lúc 11/02/2027 08:15 | Trang 1/1
"""


def test_a_merged_comparison_reads_as_the_signed_text_without_the_tools_lines_or_the_deleted_ones():
    assert looks_like_version_comparison(_MERGED_VIEW)
    lines = later_version(_MERGED_VIEW).split("\n")
    assert lines[:3] == ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TÂN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Số: 41/KH-SNNMT"]
    assert "1. Chi cục Kiểm lâm chủ trì trồng 8.000 cây xanh trước ngày 31/5/2027, ưu tiên các tuyến đường mới " \
           "mở và các trường học." in lines  # (a line the tool wrapped goes with its paragraph)
    assert not any("5.000" in line or "Văn phòng Sở" in line or "Dự thảo" in line or "In từ" in line
                   for line in lines)
    result = vnplan.extract_text(_MERGED_VIEW)
    assert result.document.number == "41/KH-SNNMT"
    assert [(t.lead, t.deadline) for t in result.tasks] == [
        (["Chi cục Kiểm lâm"], "2027-05-31"), (["Trung tâm Khuyến nông"], "2027-04-15")]
    assert [(d.frequency, d.due) for d in result.reporting] == [("monthly", "---20")]


_COMMIT = """commit 5c1e0f2a9d
Author: Chuyên viên Văn phòng <vanphong@example.vn>
Date:   Tue Feb 9 16:20:11 2027 +0700

    Sửa kế hoạch theo ý kiến Giám đốc: - bỏ mục 3

diff --git a/ke-hoach-41.txt b/ke-hoach-41.txt
index 3b18e27..a4f1c90 100644
--- a/ke-hoach-41.txt
+++ b/ke-hoach-41.txt
@@ -1,7 +1,6 @@
 KẾ HOẠCH
 Trồng cây xanh đô thị năm 2027
 I. NHIỆM VỤ
-1. Chi cục Kiểm lâm chủ trì trồng 5.000 cây xanh trước ngày 30/6/2027.
+1. Chi cục Kiểm lâm chủ trì trồng 8.000 cây xanh trước ngày 31/5/2027.
 2. Trung tâm Khuyến nông: Cung ứng cây giống đạt chuẩn trước ngày 15/4/2027.
-3. Văn phòng Sở: Tổ chức lễ phát động vào tháng 3/2027.
 II. TỔ CHỨC THỰC HIỆN
"""


def test_a_unified_diff_reads_as_the_new_text_without_the_commit_message_or_removed_lines():
    assert looks_like_version_comparison(_COMMIT)
    assert later_version(_COMMIT).split("\n")[:5] == [
        "KẾ HOẠCH", "Trồng cây xanh đô thị năm 2027", "I. NHIỆM VỤ",
        "1. Chi cục Kiểm lâm chủ trì trồng 8.000 cây xanh trước ngày 31/5/2027.",
        "2. Trung tâm Khuyến nông: Cung ứng cây giống đạt chuẩn trước ngày 15/4/2027."]


def test_a_plan_with_numbered_lines_and_plus_signs_is_no_comparison():
    plan = "\n".join(f"{n}. Sở Y tế chủ trì nhiệm vụ {n} + phối hợp với các sở - ngành." for n in range(1, 12))
    table = "\n".join(f"| {n} | 2 | + |" for n in range(1, 12))
    columns = "STT  Năm  Chỉ tiêu\n" + "\n".join(f"  {n}  2027  Trồng {n}.000 cây + chăm sóc" for n in range(1, 12))
    dated_rows = "\n".join(f"{n} 2026 - Rà soát nhiệm vụ {n} của Sở Y tế" for n in range(1, 15)) + "\nA + B"
    for text in (plan, table, columns, dated_rows):
        assert not looks_like_version_comparison(text)
