"""Web pages carried inside another text (a web archive's records, an e-book's files run together): the pages are
read, their wrapper is not, and a text whose wrapper holds prose of its own is read as it is."""
import vnplan
from vnplan.read import read_bytes
from vnplan.read.carriedpages import carried_pages

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><title>Kế hoạch số 77/KH-UBND</title></head>
<body><nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>
<main><p>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</p><p>Số: 77/KH-UBND</p><p>Tân Hòa, ngày 12 tháng 3 năm 2027</p>
<p><b>KẾ HOẠCH</b></p><p><b>Phòng chống sạt lở bờ sông năm 2027</b></p>
<p><b>I. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Phòng Kinh tế chủ trì, phối hợp với Công an xã rà soát các điểm sạt lở, hoàn thành trước ngày 30/4/2027.</p>
<p>2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã thông báo cho người dân vùng nguy cơ cao.</p>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p>Phòng Kinh tế tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 15/12/2027.</p>
<p>CHỦ TỊCH</p><p>Trần Văn Bình</p></main></body></html>
"""

WARC = f"""WARC/1.1
WARC-Type: warcinfo
Content-Type: application/warc-fields

software: a crawler/1.0 https://example.org/crawler/releases/with/a/long/address/for/the/record/1.0
description: Thu thập văn bản của các xã

WARC/1.1
WARC-Type: response
WARC-Target-URI: https://tanhoa.example.vn/van-ban/77-kh-ubnd
Content-Type: application/http; msgtype=response

HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8
Set-Cookie: session=abc123; expires=Mon, 15-Mar-2027 13:52:46 GMT; path=/; HttpOnly; Secure; SameSite=Lax

{PAGE}

WARC/1.1
WARC-Type: metadata
Content-Type: application/warc-fields

outlink: https://tanhoa.example.vn/Portals/0/VanBan/2027/03/77-KH-UBND.pdf E =a @href and more of the link
"""

EBOOK = f"""application/epub+zip<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0"><rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>
<?xml version="1.0" encoding="utf-8"?>
<package version="3.0"><metadata><dc:title>Văn bản của xã năm 2027</dc:title></metadata></package>
<?xml version="1.0" encoding="utf-8"?>
<html><head><title>Mục lục</title></head><body><nav><h1>Mục lục</h1><ol><li>1. Kế hoạch phòng chống sạt lở</li></ol>
</nav></body></html>
<?xml version="1.0" encoding="utf-8"?>
{PAGE.replace("<!DOCTYPE html>", "")}"""



def test_a_web_archive_record_is_read_as_its_page():
    raw = read_bytes(WARC.encode("utf-8"), "ban-luu.txt")
    assert raw.format == "html"
    assert "WARC" not in raw.text and "Set-Cookie" not in raw.text and "Trang chủ" not in raw.text
    assert "Số: 77/KH-UBND" in raw.text


def test_an_ebooks_files_run_together_give_the_chapter_not_the_package(tmp_path):
    raw = read_bytes(EBOOK.encode("utf-8"), "sach.txt")
    assert raw.format == "html"
    assert "epub" not in raw.text and "Mục lục" not in raw.text and "Văn bản của xã năm 2027" not in raw.text
    path = tmp_path / "sach.txt"
    path.write_text(EBOOK, encoding="utf-8")
    plan = vnplan.extract(path)
    assert plan.document.number == "77/KH-UBND"
    assert [t.lead for t in plan.tasks] == [["Phòng Kinh tế"], ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]]


def test_a_text_whose_wrapper_holds_prose_is_no_carrier():
    prose = ("Ủy ban nhân dân xã giao Phòng Kinh tế chủ trì rà soát các điểm sạt lở bờ sông trên địa bàn xã.\n" * 3)
    assert carried_pages(prose + PAGE) == []
    assert carried_pages("Không có trang nào ở đây.") == []
    assert carried_pages(WARC) and carried_pages(EBOOK)
