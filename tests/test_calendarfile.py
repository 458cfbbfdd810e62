"""iCalendar files (RFC 5545) carrying a document in an event's description: read as that text, not as the calendar."""
import base64
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vnplan
from vnplan.errors import NotAPlan
from vnplan.read import read_bytes, read_file, sniff_format
from vnplan.read.calendarfile import hard_wrapped, looks_like_icalendar, parse_line, unescape, unfold

PLAN = """UBND TỈNH TÂN AN
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 58/KH-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân An, ngày 05 tháng 3 năm 2027

KẾ HOẠCH
Phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó với hạn hán, xâm nhập mặn; bảo đảm nước sinh hoạt cho Nhân dân, nước tưới cho cây trồng vụ Hè Thu.
II. NHIỆM VỤ
1. Chi cục Thủy lợi chủ trì, phối hợp với Công ty Khai thác thủy lợi tỉnh vận hành các cống ngăn mặn, hoàn thành \
trước ngày 30/4/2027.
2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn: Bảo đảm cấp nước sinh hoạt cho các xã ven biển; báo cáo kết \
quả về Sở trước ngày 25 hằng tháng.
3. Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn nông dân chuyển đổi cơ cấu cây trồng phù hợp, hoàn thành trong \
quý II/2027.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Nguyễn Hữu Tâm"""


def _escaped(text: str, commas: bool = True) -> str:
    text = text.replace("\\", "\\\\")
    if commas:
        text = text.replace(",", "\\,").replace(";", "\\;")
    return text.replace("\n", "\\n")


def _fold(line: str, before_space: bool = False) -> bytes:
    """A content line folded at 75 octets: anywhere (a letter's UTF-8 sequence may be cut), or just before a space,
    so that the continuation line opens with the fold's space and the text's."""
    data, out = line.encode("utf-8"), []
    while len(data) > 75:
        cut = 75
        if before_space and b" " in data[1:75]:
            cut = data.rindex(b" ", 1, 75)
        out.append(data[:cut])
        data = b" " + data[cut:]
    out.append(data)
    return b"\r\n".join(out)


def _calendar(*lines: str, before_space: bool = False) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Lich//VI", *lines, "END:VCALENDAR"]
    return b"\r\n".join(_fold(line, before_space) for line in lines) + b"\r\n"


_EVENT = ["BEGIN:VEVENT", "UID:kh58@test", "DTSTART;TZID=Asia/Ho_Chi_Minh:20270305T080000",
          "SUMMARY:Họp triển khai kế hoạch phòng\\, chống hạn mặn",
          'ORGANIZER;CN="Văn phòng Sở: Tổ tổng hợp":mailto:vp@test.vn']
_TODO = ["BEGIN:VTODO", "UID:todo1@test", "SUMMARY:[KH 58] Cống ngăn mặn - Thủy lợi", "DUE;VALUE=DATE:20270415",
         "DESCRIPTION:Nhắc Chi cục Thủy lợi gửi lịch vận hành cống trước ngày 15/4, kèm theo danh sách cống, "
         "báo cáo nhanh tình hình mặn hằng tuần cho lãnh đạo Sở, tổng hợp số liệu đo mặn tại các trạm quan trắc "
         "ven biển để trình Giám đốc Sở.",
         "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D", "DESCRIPTION:Nhắc việc", "END:VALARM", "END:VTODO"]


@pytest.mark.parametrize("before_space", [False, True])
@pytest.mark.parametrize("commas", [True, False])
def test_an_events_description_reads_as_the_document_unfolded_and_unescaped_not_the_owners_todos(
        tmp_path, before_space, commas):
    data = _calendar(*_EVENT, "DESCRIPTION:" + _escaped(PLAN, commas), "END:VEVENT", *_TODO,
                     before_space=before_space)
    path = tmp_path / "lich.txt"  # (saved under any name)
    path.write_bytes(data)
    raw = read_file(path)
    assert (raw.format, raw.wrapped) == ("ics", False)
    assert raw.text == PLAN  # (a fold cutting a letter's bytes joined before decoding; one space per fold removed)
    assert "Nhắc" not in raw.text and "PRODID" not in raw.text and "mailto" not in raw.text
    plan = vnplan.extract_file(path)
    assert plan.document.number == "58/KH-SNNMT"
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Chi cục Thủy lợi"], ["Công ty Khai thác thủy lợi tỉnh"], "2027-04-30"),
        (["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"], [], None),
        (["Chi cục Trồng trọt và Bảo vệ thực vật"], [], "2027-06-30")]
    assert [(d.reporter, d.frequency) for d in plan.reporting] == [
        ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "monthly")]


def test_unfolding_removes_the_line_end_and_exactly_one_space_or_tab():
    data = (b"BEGIN:VCALENDAR\r\nSUMMARY:ab\r\n  cd\r\nDESCRIPTION:ef\r\n gh\n\tij\r\n \r\n  kl\r\nEND:VCALENDAR\r\n")
    text = unfold(data)
    assert "SUMMARY:ab cd" in text.split("\r\n")
    assert "DESCRIPTION:efghij kl" in text.split("\r\n")
    # a fold cutting a letter's UTF-8 bytes (octets are counted) gives the letter back; so does a bare CR
    assert unfold("SUMMARY:Nguyễn".encode()[:12] + b"\r\n " + "SUMMARY:Nguyễn".encode()[12:]) == "SUMMARY:Nguyễn"
    assert unfold(b"SUMMARY:a\r b") == "SUMMARY:ab"


def test_parameters_and_quoted_values_with_colons_and_semicolons():
    prop = parse_line('ATTENDEE;CN="Phòng Kế hoạch: Tài chính; Đầu tư";ROLE=REQ-PARTICIPANT;'
                      'DELEGATED-TO="mailto:a@x.vn","mailto:b@x.vn":mailto:kh@x.vn')
    assert prop.name == "ATTENDEE" and prop.value == "mailto:kh@x.vn"
    assert prop.params == {"CN": ["Phòng Kế hoạch: Tài chính; Đầu tư"], "ROLE": ["REQ-PARTICIPANT"],
                           "DELEGATED-TO": ["mailto:a@x.vn", "mailto:b@x.vn"]}
    assert parse_line("description;language=vi:Nội dung: a").name == "DESCRIPTION"
    assert parse_line('X-ALT-DESC;FMTTYPE=text/html:<p>a</p>').param("FMTTYPE") == "text/html"
    assert parse_line('ATTENDEE;CN="Tổ ^\'A^\' ^^ B":x').param("CN") == 'Tổ "A" ^ B'  # (RFC 6868)
    assert parse_line('ATTENDEE;CN="unclosed:x') is None and parse_line("Số: 12") is None
    quoted_printable = parse_line("DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:a=3Db")
    assert quoted_printable.param("ENCODING") == "QUOTED-PRINTABLE" and quoted_printable.value == "a=3Db"
    assert parse_line("DESCRIPTION;QUOTED-PRINTABLE:a").param("ENCODING") == "QUOTED-PRINTABLE"  # (vCalendar 1.0)


def test_text_escapes_undone_and_unescaped_commas_kept():
    assert unescape(r"a\nb\Nc\, d\; e\\f, g; h") == "a\nb\nc, d; e\\f, g; h"
    assert unescape(r"đường dẫn C:\\tệp\\n") == "đường dẫn C:\\tệp\\n"  # (an escaped backslash before an "n")
    assert unescape(r"một\r\nhai \x") == "một\nhai \\x"


def test_a_short_description_beside_the_html_outlook_writes_gives_the_html_text(tmp_path):
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in PLAN.split("\n") if line) + "</body></html>"
    data = _calendar(*_EVENT, "DESCRIPTION:Kế hoạch gửi kèm.", "X-ALT-DESC;FMTTYPE=text/html:" + _escaped(html),
                     "END:VEVENT", *_TODO)
    raw = read_bytes(data, "invite.ics")
    assert raw.format == "ics" and "Số: 58/KH-SNNMT" in raw.text.split("\n")
    assert "<p>" not in raw.text and "Kế hoạch gửi kèm" not in raw.text
    (tmp_path / "invite.ics").write_bytes(data)
    assert len(vnplan.extract_file(tmp_path / "invite.ics").tasks) == 3
    # both representations holding the whole text: the description, the calendar's own
    both = _calendar(*_EVENT, "DESCRIPTION:" + _escaped(PLAN + "\nBản mô tả"),
                     "X-ALT-DESC;FMTTYPE=text/html:" + _escaped(html), "END:VEVENT")
    assert read_bytes(both, "invite.ics").text.endswith("Bản mô tả")


def test_an_inline_attachment_holding_the_text_is_read_and_a_link_to_a_file_is_not():
    encoded = base64.b64encode(PLAN.encode()).decode()
    data = _calendar(*_EVENT, "DESCRIPTION:Xem tệp kèm theo.",
                     "ATTACH;FMTTYPE=application/pdf:https://vanban.test.vn/58-KH-SNNMT.pdf",
                     "ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY:" + encoded, "END:VEVENT")
    raw = read_bytes(data, "lich.ics")
    assert raw.text == PLAN
    broken = _calendar(*_EVENT, "DESCRIPTION:Xem tệp.", "ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=application/pdf:"
                       + base64.b64encode(b"%PDF-1.4 broken").decode(), "END:VEVENT")
    assert "Xem tệp." in read_bytes(broken, "lich.ics").text  # (an unreadable attachment: no traceback)


def test_a_calendar_of_meetings_reads_as_its_summaries_and_is_no_document(tmp_path):
    path = tmp_path / "lich-tuan.ics"
    path.write_bytes(_calendar(
        "BEGIN:VEVENT", "SUMMARY:Giao ban tuần", "DESCRIPTION:Thành phần: lãnh đạo các phòng", "END:VEVENT",
        "BEGIN:VEVENT", "SUMMARY:Tiếp công dân định kỳ", "LOCATION:Trụ sở tiếp công dân", "END:VEVENT"))
    raw = read_file(path)
    assert raw.text == "Giao ban tuần\nThành phần: lãnh đạo các phòng\n\nTiếp công dân định kỳ"
    with pytest.raises(NotAPlan) as refused:
        vnplan.extract_file(path)
    assert "no administrative document" in refused.value.en
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    with pytest.raises(NotAPlan):
        vnplan.extract_file(empty)


def test_the_calendar_is_known_by_its_first_line_after_a_mark_or_blank_lines():
    assert looks_like_icalendar(b"BEGIN:VCALENDAR\r\nVERSION:2.0")
    assert looks_like_icalendar(b"\xef\xbb\xbf\r\n\r\n  begin:vcalendar\nVERSION:2.0")
    assert looks_like_icalendar("BEGIN:VCALENDAR\r\n".encode("utf-16"))
    assert not looks_like_icalendar(b"Xem lich: BEGIN:VCALENDAR\r\n")
    assert not looks_like_icalendar(b"BEGIN:VCALENDARS\r\n") and not looks_like_icalendar(b"BEGIN:VCARD\r\n")
    assert sniff_format(Path("a.txt"), b"BEGIN:VCALENDAR\r\n") == "ics"
    assert sniff_format(Path("a.html"), b"\r\nBEGIN:VCALENDAR\r\n") == "ics"
    # named as a calendar, one opening after a few lines of something else; under another name, that is text
    saved = b"From: vanphong@test.vn\r\nSubject: Lich\r\n\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    assert sniff_format(Path("a.ics"), saved) == "ics" and sniff_format(Path("a.txt"), saved) == "txt"
    utf16 = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:" + _escaped(PLAN) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert read_bytes(utf16.encode("utf-16"), "lich.ics").text == PLAN


def test_a_description_wrapped_at_a_width_is_read_as_wrapped_its_paragraphs_as_they_are():
    wrapped = ("KẾ HOẠCH\nSố: 9/KH-UBND\nII. NHIỆM VỤ\n"
               "1. Phòng Văn hóa - Xã hội chủ trì tổ chức các hoạt động tuyên truyền về\n"
               "phòng, chống đuối nước cho trẻ em trong dịp hè, hoàn thành trước ngày\n"
               "30/6/2027; phối hợp với các trường học rà soát, cảnh báo các điểm có\n"
               "nguy cơ đuối nước trên địa bàn xã.\n"
               "2. Công an xã chủ trì kiểm tra, xử lý các trường hợp khai thác cát trái\n"
               "phép tạo hố sâu ven sông, báo cáo kết quả trước ngày 15/7/2027.")
    assert hard_wrapped(wrapped)
    assert not hard_wrapped(PLAN)
    assert not hard_wrapped("1. Sở Y tế:\na) kiểm tra các cơ sở\nb) báo cáo kết quả\nc) tổng hợp\nd) lưu hồ sơ")
    raw = read_bytes(_calendar("BEGIN:VEVENT", "DESCRIPTION:" + _escaped(wrapped), "END:VEVENT"), "a.ics")
    assert raw.wrapped is True and raw.text == wrapped


def test_vcalendar_quoted_printable_and_lines_an_exporter_did_not_fold():
    qp = "".join(f"={octet:02X}" for octet in PLAN.encode("utf-8"))
    soft_broken = "=\r\n".join(qp[i:i + 72] for i in range(0, len(qp), 72))  # (24 octets a line, "=" at its end)
    data = ("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nDESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:"
            + soft_broken + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    assert read_bytes(data, "old.vcs").text == PLAN
    raw_lines = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Kế hoạch\nDESCRIPTION:" + PLAN.replace("Nơi nhận:", "UBND: x")
                 + "\nEND:VEVENT\nEND:VCALENDAR\n")
    assert read_bytes(raw_lines.encode(), "a.ics").text == PLAN.replace("Nơi nhận:", "UBND: x")


@pytest.mark.parametrize("data", [
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:" + _escaped(PLAN).encode(),  # cut short, nothing closed
    b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VTODO\r\nATTENDEE;CN=\"x:y\r\nDESCRIPTION\r\n;;;\r\n:\r\nEND:VCALENDAR",
    b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 20000 + b"END:VTODO\r\n" * 20000,
    b"BEGIN:VCALENDAR\r\nX-A" + b";P=x" * 50000 + b";Q\r\nX-B;" + b";" * 200000 + b"\r\nX-C;P=\"" + b"x" * 200000,
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTACH;VALUE=BINARY;ENCODING=BASE64:@@@\r\nX-ALT-DESC;FMTTYPE=text/html:<\r\n",
])
def test_a_broken_calendar_gives_its_text_or_a_clear_refusal_never_a_traceback(data):
    started = time.monotonic()
    try:
        raw = read_bytes(data, "broken.ics")
        assert raw.format == "ics"
    except vnplan.errors.VnplanError:
        pass
    assert time.monotonic() - started < 5


def test_a_value_whose_own_charset_gives_a_lone_surrogate_reads_with_a_replacement_character(tmp_path):
    # (UTF-7's "+2D0-" is half a surrogate pair: the text held it, and the CLI's JSON for the whole batch failed)
    raw = PLAN.encode("utf-7").replace(b"2. Trung", b"2. +2D0- Trung", 1)
    assert "\ud83d" in raw.decode("utf-7")
    data = _calendar(*_EVENT, "DESCRIPTION;CHARSET=UTF-7;ENCODING=BASE64:" + base64.b64encode(raw).decode(),
                     "END:VEVENT")
    assert read_bytes(data, "a.ics").text == PLAN.replace("2. Trung", "2. \ufffd Trung")
    summary = b"SUMMARY;CHARSET=UTF-7;ENCODING=BASE64:" + base64.b64encode(b"H+2D0-p")
    meetings = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + summary + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert read_bytes(meetings, "a.ics").text == "H\ufffdp"
    path = tmp_path / "lich.ics"
    path.write_bytes(data)
    done = subprocess.run([str(Path(sys.executable).with_name("vnplan")), "extract", str(path), "--json"],
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert json.loads(done.stdout)["tasks"]


def test_a_property_of_bytes_that_are_no_text_is_skipped_and_the_calendars_event_read():
    picture = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8).decode()
    data = _calendar(*_EVENT, "DESCRIPTION:" + _escaped(PLAN), "END:VEVENT",
                     "BEGIN:VJOURNAL", "UID:nhatky@test", "SUMMARY;ENCODING=BASE64:" + picture,
                     "DESCRIPTION;ENCODING=BASE64:" + picture, "END:VJOURNAL")
    assert read_bytes(data, "a.ics").text == PLAN
    meetings = _calendar("BEGIN:VEVENT", "SUMMARY:Họp giao ban", "DESCRIPTION;ENCODING=BASE64:" + picture,
                         "END:VEVENT")
    assert read_bytes(meetings, "a.ics").text == "Họp giao ban"
