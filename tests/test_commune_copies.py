"""Plans as a commune's staff type and send them: a symbol font's bullets shown as letters with a tab after them ("v",
"Ø", "ü", "§"), their levels told by the lines that head them without a colon; those letters no sign of an old font;
the recipients' marks set off by tabs beside the signature; a motto's en dashes; a board's or a station's header under
its commune's committee; a paragraph typed in capitals, no heading; the issuer named without its commune."""
import vnplan
from vnplan.normalise import normalise
from vnplan.read import RawText

WINGDINGS = """UBND XÃ TÂN HÒA\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY PHÒNG THỦ DÂN SỰ\tĐộc lập – Tự do – Hạnh phúc
Số: 07/KH-BCH\t
\tTân Hòa, ngày 02 tháng 8 năm 2027

KẾ HOẠCH
Ứng phó bão, lũ năm 2027

Căn cứ Kế hoạch số 120/KH-UBND ngày 15/7/2027 của Ủy ban nhân dân tỉnh An Hải;
Ban Chỉ huy Phòng thủ dân sự xã Tân Hòa xây dựng Kế hoạch như sau:

v\tMỤC ĐÍCH, YÊU CẦU
§\tChủ động ứng phó, không để bị động, bất ngờ khi có bão, lũ.

v\tNHIỆM VỤ CỤ THỂ
Ø\tCông an xã
ü\tBảo đảm an ninh trật tự tại các điểm sơ tán dân.
ü\tPhân luồng giao thông tại các đoạn đường ngập sâu.
Ø\tTrạm Y tế xã
ü\tChuẩn bị cơ số thuốc, bố trí tổ cấp cứu lưu động trước ngày 31/8/2027.

v\tTỔ CHỨC THỰC HIỆN
§\tCác thành viên Ban Chỉ huy theo lĩnh vực được phân công triển khai thực hiện./.

Nơi nhận:\tTM. BAN CHỈ HUY
-\tUBND xã (b/c);\tTRƯỞNG BAN
-\tCác thành viên BCH;\t
-\tLưu: VT.\t(Đã ký)
\tPhạm Văn Hòa
"""


def test_a_symbol_fonts_letters_are_bullets_whose_levels_their_headings_tell():
    lines = normalise(RawText(WINGDINGS, "txt")).splitlines()
    assert ["MỤC ĐÍCH, YÊU CẦU", "- Công an xã", "+ Bảo đảm an ninh trật tự tại các điểm sơ tán dân.",
            "- Trạm Y tế xã"] == [line for line in lines if line in (
                "MỤC ĐÍCH, YÊU CẦU", "- Công an xã", "+ Bảo đảm an ninh trật tự tại các điểm sơ tán dân.",
                "- Trạm Y tế xã")]
    assert not any("Cơng" in line or line.startswith("Đ ") for line in lines)  # (no old font's letters read)


def test_a_communes_board_plan_typed_with_symbol_bullets():
    plan = vnplan.extract_text(WINGDINGS)
    assert (plan.document.issuer, plan.document.province) == ("Ban Chỉ huy Phòng thủ dân sự xã Tân Hòa", "An Hải")
    assert (plan.document.signer, plan.document.signer_title) == ("Phạm Văn Hòa", "Trưởng ban")
    assert [(t.text[:23], t.lead, t.deadline) for t in plan.tasks] == [
        ("Bảo đảm an ninh trật tự", ["Công an xã"], None),
        ("Phân luồng giao thông t", ["Công an xã"], None),
        ("Chuẩn bị cơ số thuốc, b", ["Trạm Y tế xã"], "2027-08-31")]


def test_a_communes_station_issues_in_the_communes_name_and_names_itself_short():
    plan = vnplan.extract_text("""UBND XÃ TÂN HÒA
TRẠM Y TẾ
Số: 15/KH-TYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hòa, ngày 26 tháng 5 năm 2027
KẾ HOẠCH
Chiến dịch bổ sung Vitamin A đợt 1 năm 2027
Trạm Y tế xã Tân Hòa xây dựng kế hoạch như sau:
I. PHÂN CÔNG NHIỆM VỤ
1. Trạm Y tế: bố trí 02 bàn uống tại Trạm trong ngày 01/6/2027.
2. Đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên đưa trẻ đi uống đúng ngày.
Nơi nhận:
- UBND xã (b/c);
- Lưu: TYT.
TRƯỞNG TRẠM
Bùi Thị Lan
""")
    assert (plan.document.issuer, plan.document.signer, plan.document.signer_title) == (
        "Trạm Y tế xã Tân Hòa", "Bùi Thị Lan", "Trưởng trạm")
    assert [t.lead for t in plan.tasks] == [["Trạm Y tế xã Tân Hòa"], ["Hội Liên hiệp Phụ nữ xã"]]


def test_a_paragraph_typed_in_capitals_heads_no_part():
    plan = vnplan.extract_text("""UBND PHƯỜNG AN BÌNH
Số: 27/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Bình, ngày 09 tháng 4 năm 2027
THÔNG BÁO
Kết luận của Chủ tịch UBND phường về lập lại trật tự vỉa hè
Chủ tịch UBND phường kết luận như sau:
1. THỜI GIAN QUA TÌNH TRẠNG LẤN CHIẾM VỈA HÈ VẪN DIỄN RA PHỨC TẠP, VIỆC XỬ LÝ CHƯA KIÊN QUYẾT.
2. Nhiệm vụ thời gian tới:
2.1 Công an phường xử lý nghiêm các trường hợp tái lấn chiếm vỉa hè.
2.2 Phòng Văn hóa - Xã hội đưa tin về các tuyến phố vi phạm.
""")
    assert [t.lead for t in plan.tasks] == [["Công an phường"], ["Phòng Văn hóa - Xã hội"]]


def test_a_posts_lines_each_with_its_own_emoji_stay_one_list():
    for post in ("UBND xã triển khai như sau:\n👉 Trạm Y tế xã chủ trì tổ chức phun thuốc diệt muỗi\n"
                 "✅ Đoàn Thanh niên xã ra quân thu gom rác thải\n🔸 Các thôn vận động nhân dân dọn vệ sinh\n",
                 "Các đơn vị thực hiện:\n✅ Trạm Y tế xã phun thuốc diệt muỗi\n✔️ Đoàn Thanh niên xã ra quân diệt "
                 "lăng quăng\n✅ Các thôn vận động nhân dân dọn vệ sinh\n"):
        lines = normalise(RawText(post, "txt")).splitlines()
        assert [line[:2] for line in lines[1:]] == ["- "] * 3


def test_a_body_over_the_means_it_lists_is_one_task():
    plan = vnplan.extract_text(WINGDINGS.replace(
        "ü\tBảo đảm an ninh trật tự tại các điểm sơ tán dân.\nü\tPhân luồng giao thông tại các đoạn đường ngập sâu.",
        "ü\t15 cán bộ, chiến sĩ;\nü\t02 xe mô tô chuyên dụng;\nü\tTổ chức tuần tra, bảo vệ tài sản của nhân dân."))
    assert [t.lead for t in plan.tasks] == [["Công an xã"], ["Trạm Y tế xã"]]


def test_a_title_in_capitals_with_a_stray_full_stop_still_heads_its_part():
    plan = vnplan.extract_text("""UBND XÃ PHÚ XUÂN
BAN CHỈ HUY QUÂN SỰ XÃ
Số: 05/KH-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Phú Xuân, ngày 15 tháng 4 năm 2027
KẾ HOẠCH
Huấn luyện dân quân năm 2027
1. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng huấn luyện.
2. NHIỆM VỤ, GIẢI PHÁP.
a) Công an xã chủ trì bảo đảm an ninh trật tự tại thao trường.
b) Trạm Y tế xã phối hợp bố trí tổ cấp cứu, hoàn thành trước ngày 30/5/2027.
""")
    assert plan.document.issuer.casefold() == "ban chỉ huy quân sự xã phú xuân"
    assert [(t.id, t.lead) for t in plan.tasks] == [("2.2.a", ["Công an xã"]), ("2.2.b", ["Trạm Y tế xã"])]


def test_every_group_of_a_symbol_outline_nests_its_items_the_last_too():
    text = normalise(RawText("""II. NHIỆM VỤ
❖ Công tác tuyên truyền
✓ Sở Văn hóa chỉ đạo các cơ quan báo chí đưa tin.
✓ Đài truyền thanh xã phát thông báo hằng ngày.
❖ Lĩnh vực y tế
✓ Sở Y tế chủ trì kiểm tra cơ sở y tế.
✓ Công an tỉnh xử lý nghiêm các vi phạm.
""", "txt")).splitlines()
    assert text[1:] == ["- Công tác tuyên truyền", "+ Sở Văn hóa chỉ đạo các cơ quan báo chí đưa tin.",
                        "+ Đài truyền thanh xã phát thông báo hằng ngày.", "- Lĩnh vực y tế",
                        "+ Sở Y tế chủ trì kiểm tra cơ sở y tế.", "+ Công an tỉnh xử lý nghiêm các vi phạm."]


def test_a_body_heads_its_duties_whatever_verbs_they_open_with():
    plan = vnplan.extract_text(WINGDINGS.replace(
        "ü\tBảo đảm an ninh trật tự tại các điểm sơ tán dân.\nü\tPhân luồng giao thông tại các đoạn đường ngập sâu.",
        "ü\tĐảm nhiệm công tác hậu cần cho lực lượng cứu hộ.\nü\tCử cán bộ tham gia đoàn kiểm tra.\n"
        "ü\tSẵn sàng lực lượng, phương tiện tham gia cứu hộ."))
    assert [t.lead for t in plan.tasks] == [["Công an xã"]] * 3 + [["Trạm Y tế xã"]]
