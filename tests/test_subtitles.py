"""A plan read aloud and captioned: SubRip and WebVTT files read as the document's paragraphs."""
import random
import time
from pathlib import Path

import pytest

import vnplan
from vnplan.read import read_bytes, read_file, sniff_format
from vnplan.read.subtitles import looks_like_subtitles, subtitle_paragraphs

# A commune radio's reading of a plan: the station's own cues around it, one heading, item or sentence per cue or a
# paragraph over several cues, a cue that ends one paragraph and opens the next, sounds between them.
_CUES = [
    "[Nhạc dạo đầu]",
    "TRẠM PHÁT THANH XÃ TÂN HƯNG\nBản tin tối thứ Năm",
    "Thưa quý vị thính giả, sau đây chúng tôi xin đọc\ntoàn văn Kế hoạch của Ủy ban nhân dân xã.",
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "Số: 58/KH-UBND",
    "Tân Hưng, ngày 12 tháng 02 năm 2026",
    "KẾ HOẠCH\nPhòng, chống dịch bệnh nguy hiểm trên đàn gia súc,\ngia cầm năm 2026",
    "Thực hiện Kế hoạch số 31/KH-UBND ngày 20/01/2026 của",
    "Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh động vật,",
    "Ủy ban nhân dân xã ban hành Kế hoạch\nthực hiện như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Chủ động phòng, chống dịch bệnh, không để dịch\nlây lan trên diện rộng.\n2. Huy động cả hệ thống chính trị",
    "vào cuộc, nâng cao ý thức của người chăn nuôi.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Phòng Kinh tế chủ trì, phối hợp với",
    "Trạm Thú y khu vực tổ chức tiêm phòng vắc xin cho đàn\ngia súc, gia cầm; hoàn thành trước ngày 30/4/2026.",
    "2. Công an xã chủ trì kiểm soát việc vận chuyển gia súc\nqua địa bàn xã",
    "trong suốt thời gian có dịch.",
    "3. Tuyên truyền phòng, chống dịch",
    "Văn phòng Ủy ban nhân dân xã chủ trì đưa tin trên hệ thống loa\ntruyền thanh mỗi tuần hai lần.",
    "♪ nhạc chuyển ♪",
    "III. TỔ CHỨC THỰC HIỆN",
    "Giao Hội Nông dân xã phối hợp với Đoàn Thanh niên\nxã vận động hội viên thực hiện Kế hoạch; định kỳ\n"
    "báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25\nhằng tháng./.",
    "Nơi nhận:\n- UBND huyện (b/c);\n- Các ban, ngành, đoàn thể xã;\n- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "(Đã ký)\nHoàng Thị Mai",
    "Thưa quý vị, vừa rồi là toàn văn Kế hoạch. Xin cảm ơn\nquý vị đã theo dõi.",
    "[Nhạc kết]",
]


def _srt(cues: list[str], coordinates: str = "") -> str:
    def clock(seconds: int) -> str:
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d},{seconds * 37 % 1000:03d}"

    return "\n".join(f"{n}\n{clock(n * 5)} --> {clock(n * 5 + 4)}{coordinates}\n{cue}\n" for n, cue in enumerate(cues, 1))


def test_a_subrip_reading_gives_the_plan_s_paragraphs(tmp_path):
    path = tmp_path / "ke_hoach_phu_de.txt"  # (saved as text: told by its first cue)
    path.write_text(_srt(_CUES), encoding="utf-8")
    raw = read_file(path)
    assert (raw.format, raw.wrapped) == ("srt", False)
    lines = raw.text.split("\n")
    # header and signature lines kept apart, the rest of a cue's wraps joined
    for line in ("ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Số: 58/KH-UBND", "Tân Hưng, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH",
                 "Phòng, chống dịch bệnh nguy hiểm trên đàn gia súc, gia cầm năm 2026",
                 "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Hoàng Thị Mai",
                 "Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."):
        assert line in lines
    # a paragraph read over three cues
    assert ("Thực hiện Kế hoạch số 31/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh động "
            "vật, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:") in lines
    # a cue that ends one item and opens the next, which the following cue ends (in lowercase)
    assert "1. Chủ động phòng, chống dịch bệnh, không để dịch lây lan trên diện rộng." in lines
    assert "2. Huy động cả hệ thống chính trị vào cuộc, nâng cao ý thức của người chăn nuôi." in lines
    # a name after "với" goes on in capitals; after an unfinished item, in lowercase
    assert any(line.startswith("1. Phòng Kinh tế chủ trì, phối hợp với Trạm Thú y khu vực") for line in lines)
    assert "2. Công an xã chủ trì kiểm soát việc vận chuyển gia súc qua địa bàn xã trong suốt thời gian có dịch." in lines
    # a heading with no stop, and the sentence under it in the next cue
    assert "3. Tuyên truyền phòng, chống dịch" in lines
    # no number, timing or sound
    assert "-->" not in raw.text and "Nhạc" not in raw.text and "♪" not in raw.text
    assert not any(line.strip().isdigit() for line in lines)


def test_the_plan_read_from_its_captions_gives_its_tasks_and_header(tmp_path):
    path = tmp_path / "phu_de.srt"
    path.write_text(_srt(_CUES, coordinates="  X1:120 X2:600 Y1:400 Y2:460"), encoding="utf-8")
    plan = vnplan.extract(path)
    assert plan.document.number == "58/KH-UBND"
    assert plan.document.issuer == "Ủy ban nhân dân xã Tân Hưng"
    assert plan.document.issued_date == "2026-02-12"
    assert plan.document.title == "Phòng, chống dịch bệnh nguy hiểm trên đàn gia súc, gia cầm năm 2026"
    assert "Hoàng Thị Mai" in (plan.document.signer or "")
    leads = {lead for task in plan.tasks for lead in task.lead}
    assert {"Phòng Kinh tế", "Công an xã", "Văn phòng Ủy ban nhân dân xã"} <= leads
    vaccination = next(task for task in plan.tasks if task.lead == ["Phòng Kinh tế"])
    assert vaccination.deadline == "2026-04-30"
    assert any("Trạm Thú y" in name for name in vaccination.coordinators)


_VTT = """WEBVTT - Phụ đề biên tập
Kind: captions
Language: vi

NOTE Xuất từ phần mềm biên tập phụ đề,
bản 2.1 (không phát sóng)

STYLE
::cue(.hl) { color: yellow; }

REGION
id:duoi
width:80%

dau-trang
00:00.000 --> 00:04.000 align:start position:10%
<v Phát thanh viên>ỦY BAN NHÂN DÂN PHƯỜNG HÒA MỸ</v>

00:04.000 --> 00:07.500 line:0 region:duoi
<c.hl>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c>
<i>Độc lập - Tự do - Hạnh phúc</i>

3
00:07.500 --> 00:10.000
Số: 21/KH-UBND
Hòa Mỹ, ngày 05 tháng 3 năm 2027

00:10.000 --> 00:14.000
<b>KẾ HOẠCH</b>
Vệ sinh môi trường, phòng chống sốt xuất huyết năm 2027

NOTE ghi chú giữa chừng

00:14.000 --> 00:20.000
<00:00:14.000><c>1.</c><00:00:14.400><c> Trạm</c><00:00:14.800><c> Y</c><00:00:15.000><c> tế</c> phường chủ trì, phối hợp
với Tổ dân phố phun hóa chất diệt muỗi &amp; xử lý

00:20.000 --> 00:24.000
các ổ bọ gậy; hoàn thành trước ngày 30/6/2027.

00:24.000 --> 00:26.000
(tiếng vỗ tay)

00:26.000 --> 00:30.000
&gt;&gt; 2. Đoàn Thanh niên phường chủ trì ra quân
dọn vệ sinh &lt;mỗi tháng một lần&gt;.
"""


def test_a_webvtt_file_drops_its_blocks_settings_tags_and_entities(tmp_path):
    path = tmp_path / "phu_de_vtt.txt"
    path.write_bytes(b"\xef\xbb\xbf" + _VTT.replace("\n", "\r\n").encode("utf-8"))
    raw = read_file(path)
    assert (raw.format, raw.wrapped) == ("vtt", False)
    lines = raw.text.split("\n")
    assert lines[:6] == ["ỦY BAN NHÂN DÂN PHƯỜNG HÒA MỸ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 21/KH-UBND", "Hòa Mỹ, ngày 05 tháng 3 năm 2027", "KẾ HOẠCH"]
    assert ("1. Trạm Y tế phường chủ trì, phối hợp với Tổ dân phố phun hóa chất diệt muỗi & xử lý các ổ bọ gậy; hoàn "
            "thành trước ngày 30/6/2027.") in lines
    assert lines[-1] == "2. Đoàn Thanh niên phường chủ trì ra quân dọn vệ sinh <mỗi tháng một lần>."
    for gone in ("WEBVTT", "Kind:", "NOTE", "::cue", "width:", "dau-trang", "align:", "Phát thanh viên", "vỗ tay", "<c"):
        assert gone not in raw.text
    plan = vnplan.extract(path)
    assert plan.document.number == "21/KH-UBND"
    assert [task.lead for task in plan.tasks] == [["Trạm Y tế phường"], ["Đoàn Thanh niên phường"]]


def test_rolled_up_captions_are_read_once():
    # a web video's automatic captions: each cue repeats the line before it, a short cue holds the finished line
    vtt = """WEBVTT
Kind: captions

00:00:01.000 --> 00:00:03.000
Ủy ban nhân dân xã giao<00:00:01.500><c> Phòng</c><00:00:02.000><c> Văn hóa</c>

00:00:03.000 --> 00:00:03.010
Ủy ban nhân dân xã giao Phòng Văn hóa

00:00:03.010 --> 00:00:06.000
Ủy ban nhân dân xã giao Phòng Văn hóa
chủ trì<00:00:04.000><c> tổ chức giải chạy.</c>

00:00:06.000 --> 00:00:06.010
chủ trì tổ chức giải chạy.
"""
    assert subtitle_paragraphs(vtt) == ["Ủy ban nhân dân xã giao Phòng Văn hóa chủ trì tổ chức giải chạy."]


def test_a_sound_cue_parts_what_is_read_around_it_and_labels_or_capitals_open_paragraphs():
    cues = [
        "a) Tổ chức hội thi tìm hiểu pháp luật cho",  # a sound in the middle of a sentence: the reading paused
        "[Nhạc nền]",
        "Hội Phụ nữ xã tham gia.",
        "b) Xây dựng mô hình điểm\nc) Nhân rộng mô hình",  # a label on a cue's next line opens an item
        "giai đoạn 2026",
        "- 2030 trên địa bàn xã.",  # a range, not a bullet
        "theo quy định tại",
        "Điều 5 Luật Phổ biến, giáo dục pháp luật.",  # a cited article, not a heading
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\nTRỌNG TÂM",  # a heading's capitals wrapped
        "Cuộc thi kết thúc (tiếng cười) trước ngày 30/9 (tiếng Mông: …) [1].",
    ]
    assert subtitle_paragraphs(_srt(cues)) == [
        "a) Tổ chức hội thi tìm hiểu pháp luật cho",
        "Hội Phụ nữ xã tham gia.",
        "b) Xây dựng mô hình điểm",
        "c) Nhân rộng mô hình giai đoạn 2026 - 2030 trên địa bàn xã.",
        "theo quy định tại Điều 5 Luật Phổ biến, giáo dục pháp luật.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM",
        "Cuộc thi kết thúc trước ngày 30/9 (tiếng Mông: …) [1].",
    ]


def test_a_blank_line_inside_a_cue_and_a_missing_number_do_not_lose_text():
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n- Sở Tài chính chủ trì thẩm định\n\nkinh phí thực hiện.\n\n"
           "00:00:03,000 --> 00:00:05,000\n- Sở Nội vụ theo dõi, đôn đốc.\n")
    assert subtitle_paragraphs(srt) == ["- Sở Tài chính chủ trì thẩm định kinh phí thực hiện.",
                                        "- Sở Nội vụ theo dõi, đôn đốc."]


@pytest.mark.parametrize("head", [
    b"1\r\n00:00:01,000 --> 00:00:04,000\r\nK\xe1\xba\xbf ho\xe1\xba\xa1ch",
    b"\xef\xbb\xbf1\n00:00:01,000 --> 00:00:04,000 X1:10 X2:20 Y1:30 Y2:40\ntext",
    b"WEBVTT\n\n00:01.000 --> 00:04.000\ntext",
    b"\xef\xbb\xbfWEBVTT - title\n",
    "1\n00:00:01.000 --> 00:00:04.000\nvăn bản".encode("utf-16"),
    "WEBVTT\n",
    "00:00:01,000 --> 00:00:04,000\nỦY BAN NHÂN DÂN\n\n00:00:04,000 --> 00:00:06,000\nXÃ TÂN HƯNG\n",
])
def test_subtitles_are_told_by_their_first_cue_or_header(head):
    assert looks_like_subtitles(head)


@pytest.mark.parametrize("head", [
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 58/KH-UBND\n",
    "1. Thời gian: 00:00:01,000 --> 00:00:04,000\n",
    "1\n2\n00:00:01,000 --> 00:00:04,000\n",
    "WEBVTTX\n",
    "Họp lúc 08:30 --> 11:00 tại hội trường\n",
    "00:00:01,000 --> 00:00:04,000\nmột mốc thời gian chép vào văn bản\n",
])
def test_other_texts_are_no_subtitles(head):
    assert not looks_like_subtitles(head)
    assert not looks_like_subtitles(head.encode("utf-8"))


def test_the_suffixes_choose_the_reader_and_a_named_file_that_holds_no_cue_stays_text():
    assert sniff_format(Path("a.srt"), b"1\n00:00:01,000 --> 00:00:02,000\nx") == "srt"
    assert sniff_format(Path("a.vtt"), b"WEBVTT\n") == "vtt"
    assert sniff_format(Path("a.txt"), b"WEBVTT\n\n00:01.000 --> 00:02.000\nx") == "vtt"
    assert sniff_format(Path("a.txt"), "ỦY BAN NHÂN DÂN\n".encode()) == "txt"
    raw = read_bytes("ỦY BAN NHÂN DÂN XÃ A\nKẾ HOẠCH\n".encode(), "ban_sao.srt")
    assert raw.format == "txt" and "KẾ HOẠCH" in raw.text


# An automatic caption: lowercase words, no punctuation, so that every cue goes on with the paragraph before it.
_SPOKEN_WORDS = ("xã", "huyện", "dân", "các", "thôn", "bản", "kế", "hoạch", "phòng", "chống", "dịch", "bệnh", "năm", "nay",
                 "thực", "hiện", "tuyên", "truyền", "bà", "con", "nhân", "chăn", "nuôi", "gia", "súc", "cầm", "và", "của")


def _timed(text: str) -> tuple[list[str], float]:
    started = time.perf_counter()
    paragraphs = subtitle_paragraphs(text)
    return paragraphs, time.perf_counter() - started


def test_automatic_captions_read_as_one_paragraph_in_linear_time():
    spoken = random.Random(27)
    cues = [" ".join(spoken.choice(_SPOKEN_WORDS) for _ in range(8)) for _ in range(8000)]
    paragraphs, seconds = _timed(_srt(cues))
    print(f"8,000 cues with no punctuation: {seconds:.2f} s")
    assert paragraphs == [" ".join(cues)]
    assert seconds < 20  # (was 59 s: each cue read the whole paragraph again; a slow, shared machine)

    wrapped, seconds = _timed(_srt(["\n".join(cues)]))  # one cue of 8,000 wrapped lines (was 116 s)
    print(f"one cue of 8,000 wrapped lines: {seconds:.2f} s")
    assert wrapped == paragraphs and seconds < 20


def test_long_runs_in_capitals_or_with_no_letter_are_read_in_linear_time():
    heading = "II. " + "\n".join(["NHIỆM VỤ VÀ GIẢI PHÁP"] * 4000)  # a heading's capitals wrapped, over and over
    figures = "\n".join(["123 456 789"] * 4000)  # lines with no letter, joined
    counted = ["1, 2, 3,"] * 4000  # cues with no letter, each going on after a comma
    for cues in ([heading], [figures], counted):
        paragraphs, seconds = _timed(_srt(cues))
        assert len(paragraphs) == 1 and seconds < 10, seconds


def test_a_bracket_or_an_override_left_open_costs_no_time():
    for cue in ("[" + "ab " * 30000, "{\\" * 30000, "[Nhạc] " + "[" * 30000 + " ab"):
        started = time.perf_counter()
        subtitle_paragraphs(_srt([cue]))
        assert time.perf_counter() - started < 2, cue[:10]
    # what the patterns take away is the same: a sound in square brackets and a position go, a note's mark stays
    assert subtitle_paragraphs(_srt(["{\\an8}[Nhạc hiệu] Thực hiện Kế hoạch [1] của [ ] xã, [Vỗ tay]"])) == [
        "Thực hiện Kế hoạch [1] của [ ] xã,"]
