"""Plans exported as records (a task tracker's CSV, a JSON answer, an XML feed of issues): the plan's text in one
record, each task in another, laid out as one page and extracted as a plan written on paper would be. The plans are
written for these tests in the style of real ones; the field names are those trackers use."""
import csv
import io
import json
from xml.sax.saxutils import escape

import pytest

from vnplan import extract_text
from vnplan.extract import extract_plan
from vnplan.normalise import field_cells_named, field_names_over_values_joined, normalise
from vnplan.read import read_bytes
from vnplan.read.delimited import header_records
from vnplan.read.records import key_label, records_page

PLAN_TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN HÒA
Số: 18/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hòa, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2027

Căn cứ Luật Thú y số 79/2015/QH13; Kế hoạch số 41/KH-UBND ngày 20/02/2027 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh động vật năm 2027.

I. MỤC TIÊU
Tiêm phòng đạt ít nhất 90% tổng đàn trâu, bò trong diện tiêm.

II. NHIỆM VỤ: các việc cụ thể được giao ở các mục dưới đây.

III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12/2027.

Nơi nhận: UBND tỉnh; Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình"""

TASKS = [
    ("1. Tiem phong dot 1", "Nội dung: Tổ chức tiêm phòng vắc xin lở mồm long móng đợt 1 cho đàn trâu, bò.\n"
     "Chủ trì: Phòng Kinh tế\nPhối hợp: Trưởng các thôn\nThời gian: Tháng 4/2027", "4/30/2027"),
    ("2. Tieu doc khu tru", "Nội dung: Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi.\n"
     "Chủ trì: Trung tâm Dịch vụ tổng hợp xã\nThời gian: Quý II/2027", "6/30/2027"),
]


def _tasks(data: bytes, name: str):
    raw = read_bytes(data, name)
    return extract_plan(normalise(raw)).tasks


def _outlook_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Subject", "Start Date", "Due Date", "Categories", "Notes", "Priority", "Status"])
    writer.writerow(["KH 18/KH-UBND - van ban goc", "3/12/2027", "12/31/2027", "KH dich benh 2027", PLAN_TEXT,
                     "Normal", "In Progress"])
    for subject, notes, due in TASKS:
        writer.writerow([subject, "3/15/2027", due, "KH dich benh 2027", notes, "High", "Not Started"])
    return out.getvalue().encode("utf-8")


def test_a_trackers_csv_gives_the_plan_and_its_tasks_in_the_plans_task_part():
    tasks = _tasks(_outlook_csv(), "tasks.csv")
    assert [t.text for t in tasks] == [
        "Tổ chức tiêm phòng vắc xin lở mồm long móng đợt 1 cho đàn trâu, bò.",
        "Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi."]
    assert [t.lead for t in tasks] == [["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"]]
    assert tasks[0].deadline == "2027-04-30"  # the plan's "Tháng 4/2027", not the tracker's own due date
    assert all(t.id.startswith("II.") for t in tasks)


def test_the_trackers_own_values_stay_out_of_the_page():
    page = records_page([header_records(_outlook_csv().decode())])
    assert "In Progress" not in page and "12/31/2027" not in page and "KH dich benh 2027" not in page
    assert page.index("II. NHIỆM VỤ") < page.index("1. Tiem phong dot 1") < page.index("III. TỔ CHỨC THỰC HIỆN")


def test_a_json_answer_with_columns_named_in_ascii_and_sub_tasks():
    items = [{"id": "a1", "title": "KH 18/KH-UBND (van ban goc)", "notes": PLAN_TEXT, "status": "needsAction"},
             {"id": "b2", "title": "Tiêm phòng và tiêu độc", "status": "needsAction"},
             {"id": "c3", "parent": "b2", "title": "Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò",
              "don_vi_chu_tri": "Phòng Kinh tế", "thoi_gian": "Tháng 4/2027", "status": "completed"},
             {"id": "d4", "parent": "b2", "title": "Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi",
              "don_vi_chu_tri": "Trung tâm Dịch vụ tổng hợp xã", "thoi_gian": "Quý II/2027",
              "status": "needsAction"}]
    tasks = _tasks(json.dumps({"kind": "tasks", "items": items}, ensure_ascii=False).encode(), "tasks.json")
    assert [t.lead for t in tasks] == [["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"]]
    assert [t.deadline for t in tasks] == ["2027-04-30", "2027-06-30"]


def test_an_xml_feed_of_issues_with_custom_fields():
    def issue(subject, description, fields):
        custom = "".join(f'<custom_field name="{name}"><value>{escape(value)}</value></custom_field>'
                         for name, value in fields)
        return (f'<issue><id>7</id><status name="Mới"/><subject>{escape(subject)}</subject>'
                f"<description>{escape(description)}</description><custom_fields>{custom}</custom_fields></issue>")

    xml = ('<?xml version="1.0" encoding="UTF-8"?><issues type="array">'
           + issue("KH 18/KH-UBND", PLAN_TEXT, [])
           + issue("Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò", "Việc 1 của kế hoạch.",
                   [("Đơn vị chủ trì", "Phòng Kinh tế"), ("Đơn vị phối hợp", "Trưởng các thôn"),
                    ("Thời hạn theo Kế hoạch", "Tháng 4/2027")])
           + issue("Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi", "Việc 2 của kế hoạch.",
                   [("Đơn vị chủ trì", "Trung tâm Dịch vụ tổng hợp xã"), ("Thời hạn theo Kế hoạch", "Quý II/2027")])
           + "</issues>")
    tasks = _tasks(xml.encode(), "issues.xml")
    assert [t.text for t in tasks] == ["Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò",
                                       "Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi"]
    assert [t.lead for t in tasks] == [["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"]]


def test_records_that_assign_nothing_add_nothing_to_the_plan():  # (read as they were without)
    # a feed of documents: the plan beside other documents' summaries, which are none of its tasks
    records = [{"title": "Kế hoạch 18/KH-UBND", "description": PLAN_TEXT},
               {"title": "Công văn số 77/UBND-KT về tiêm phòng", "description": "Ủy ban nhân dân xã đề nghị các thôn "
                "rà soát đàn gia súc, gia cầm trên địa bàn."}]
    assert records_page([records]) is None


def test_a_plan_that_lists_its_tasks_itself_keeps_them_and_not_the_trackers_cards():
    text = PLAN_TEXT.replace("II. NHIỆM VỤ: các việc cụ thể được giao ở các mục dưới đây.",
                             "II. NHIỆM VỤ\n1. Phòng Kinh tế chủ trì tiêm phòng.\n2. Các thôn tiêu độc, khử trùng.")
    records = [{"name": "Kế hoạch", "desc": text},
               {"name": "Tiêm phòng (II.1)", "desc": "Chủ trì: Phòng Kinh tế\nĐã liên hệ trạm thú y."}]
    assert records_page([records]) is None


def test_no_record_holding_a_plan_is_no_page():
    assert records_page([[{"a": "Họp giao ban", "b": "x"}, {"a": "Tiếp dân", "b": "y"}]]) is None


def test_machine_keys_read_as_the_labels_they_fold():
    assert key_label("don_vi_chu_tri") == "Đơn vị chủ trì"
    assert key_label("DonViChuTri") == "Đơn vị chủ trì"
    assert key_label("soKyHieu") == "Số ký hiệu"
    assert key_label("Due Date") == "Due Date"


_TASK_ROWS = [("1", "Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò", "Phòng Kinh tế", "Trưởng các thôn",
               "Tháng 4/2027", "dang_lam"),
              ("2", "Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi", "Trung tâm Dịch vụ tổng hợp xã",
               "", "Quý II/2027", "chua_lam")]
_TASK_COLUMNS = ("stt", "noi_dung", "chu_tri", "phoi_hop", "thoi_gian", "trang_thai")
_DOCUMENT_ROW = (("so_ky_hieu", "18/KH-UBND"), ("loai_van_ban", "Kế hoạch"), ("co_quan_ban_hanh", "Ủy ban nhân dân xã Tân Hòa"),
                 ("ngay_ban_hanh", "2027-03-12"), ("trich_yeu", "Phòng, chống dịch bệnh trên đàn gia súc năm 2027"),
                 ("muc_tieu", "Tiêm phòng đạt ít nhất 90% tổng đàn trâu, bò trong diện tiêm."),
                 ("to_chuc_thuc_hien", "Phòng Kinh tế tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày "
                                       "10/12/2027."),
                 ("nguoi_ky", "Lê Văn Bình"), ("chuc_vu_ky", "CHỦ TỊCH"), ("nguoi_tao", "vanthu.tanhoa"))


def _assert_the_fielded_plan(data: str, name: str = "answer.txt"):
    raw = read_bytes(data.encode(), name)
    plan = extract_plan(normalise(raw))
    assert (plan.document.number, plan.document.type, plan.document.issued_date) == ("18/KH-UBND", "Kế hoạch",
                                                                                      "2027-03-12")
    assert plan.document.title == "Phòng, chống dịch bệnh trên đàn gia súc năm 2027"
    assert plan.document.signer == "Lê Văn Bình"
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Phòng Kinh tế"], "2027-04-30"),
                                                          (["Trung tâm Dịch vụ tổng hợp xã"], "2027-06-30")]
    assert [t.text for t in plan.tasks] == [row[1] for row in _TASK_ROWS]
    assert "dang_lam" not in raw.text and "vanthu.tanhoa" not in raw.text
    return raw


def test_psql_expanded_display_of_a_plans_row_and_its_tasks_rows():
    width = max(len(name) for name, _ in _DOCUMENT_ROW)
    out = ["qlvb=> \\x", "Expanded display is on.", "qlvb=> SELECT * FROM van_ban WHERE id = 7;",
           f"-[ RECORD 1 ]{'-' * (width - 12)}+------"]
    out += [f"{name.ljust(width)} | {value}" for name, value in _DOCUMENT_ROW]
    out += ["", "qlvb=> SELECT * FROM nhiem_vu WHERE van_ban_id = 7;"]
    for n, row in enumerate(_TASK_ROWS, 1):
        out.append(f"-[ RECORD {n} ]-+------")
        out += [f"{name.ljust(10)} | {value}" for name, value in zip(_TASK_COLUMNS, row)]
    out += ["", "qlvb=> \\q"]
    _assert_the_fielded_plan("\n".join(out))


def test_mysql_vertical_output():
    out = ["mysql> SELECT * FROM van_ban\\G", "*************************** 1. row ***************************"]
    out += [f"{name.rjust(20)}: {value}" for name, value in _DOCUMENT_ROW]
    out += ["1 row in set (0.00 sec)", "", "mysql> SELECT * FROM nhiem_vu\\G"]
    for n, row in enumerate(_TASK_ROWS, 1):
        out.append(f"*************************** {n}. row ***************************")
        out += [f"{name.rjust(10)}: {value}" for name, value in zip(_TASK_COLUMNS, row)]
    _assert_the_fielded_plan("\n".join(out))


def test_sqlite_line_mode():
    out = [f"{name.rjust(20)} = {value}" for name, value in _DOCUMENT_ROW] + [""]
    for row in _TASK_ROWS:
        out += [f"{name.rjust(10)} = {value}" for name, value in zip(_TASK_COLUMNS, row)] + [""]
    _assert_the_fielded_plan("\n".join(out))


def test_a_json_list_of_the_plans_fields_and_its_tasks_with_their_part():
    document = {"_id": {"$oid": "a1"}, "loai": "van_ban", **{
        "".join(w if k == 0 else w.title() for k, w in enumerate(name.split("_"))): value
        for name, value in _DOCUMENT_ROW}}
    document["ngayBanHanh"] = {"$date": "2027-03-12T00:00:00Z"}
    tasks = [{"_id": {"$oid": f"b{n}"}, "loai": "nhiem_vu", "nhom": "II. NHIỆM VỤ CỤ THỂ",
              **{"".join(w if k == 0 else w.title() for k, w in enumerate(name.split("_"))): value
                 for name, value in zip(_TASK_COLUMNS, row)}} for n, row in enumerate(_TASK_ROWS)]
    raw = _assert_the_fielded_plan(json.dumps([document, *tasks], ensure_ascii=False), "export.json")
    assert "II. NHIỆM VỤ CỤ THỂ" in raw.text.split("\n")


def test_a_dump_of_a_plans_fields_its_paragraphs_and_its_tasks():
    quote = lambda value: "'" + value.replace("'", "''") + "'"  # noqa: E731
    paragraphs = ["Căn cứ Kế hoạch số 41/KH-UBND ngày 20/02/2027 của Ủy ban nhân dân tỉnh.", "I. MỤC TIÊU",
                  "Tiêm phòng đạt ít nhất 90% tổng đàn trâu, bò trong diện tiêm.", "II. NHIỆM VỤ",
                  "(Chi tiết tại bảng nhiệm vụ)", "III. TỔ CHỨC THỰC HIỆN",
                  "Phòng Kinh tế tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12/2027."]
    document = [(name, value) for name, value in _DOCUMENT_ROW if name not in ("muc_tieu", "to_chuc_thuc_hien")]
    dump = [f"CREATE TABLE van_ban (id INTEGER PRIMARY KEY, {', '.join(f'{n} TEXT' for n, _ in document)});",
            f"INSERT INTO van_ban VALUES(1,{','.join(quote(v) for _, v in document)});",
            "CREATE TABLE doan (id INTEGER PRIMARY KEY, van_ban_id INTEGER, kieu TEXT, noi_dung TEXT);"]
    dump += [f"INSERT INTO doan VALUES({k},1,'doan',{quote(text)});" for k, text in enumerate(paragraphs, 1)]
    dump.append(f"CREATE TABLE nhiem_vu (id INTEGER PRIMARY KEY, {', '.join(f'{n} TEXT' for n in _TASK_COLUMNS)});")
    dump += [f"INSERT INTO nhiem_vu VALUES({k},{','.join(quote(v) for v in row)});" for k, row in enumerate(_TASK_ROWS, 1)]
    raw = _assert_the_fielded_plan("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n" + "\n".join(dump) + "\nCOMMIT;\n",
                                   "plan.sql")
    lines = raw.text.split("\n")
    assert lines.index("II. NHIỆM VỤ") < lines.index("1. " + _TASK_ROWS[0][1]) < lines.index("III. TỔ CHỨC THỰC HIỆN")


def test_an_issue_trackers_markdown_issue_form_and_a_note_before_the_named_work():
    body = ("### Mục trong Kế hoạch\n\n1. Tiêm phòng\n\n### Nội dung nhiệm vụ\n\n{work}\n\n"
            "### Đơn vị chủ trì\n\n{lead}\n\n### Thời hạn hoàn thành (theo Kế hoạch)\n\n{time}")
    issues = [{"number": 1, "title": "KH 18/KH-UBND (văn bản gốc)", "state": "open",
               "body": PLAN_TEXT.replace("KẾ HOẠCH", "# KẾ HOẠCH").replace("Số: 18/KH-UBND", "**Số: 18/KH-UBND**")}]
    issues += [{"number": n, "title": f"[Nhiệm vụ] {title}", "state": "open", "labels": [{"name": "nhiem-vu"}],
                "body": body.format(work=work, lead=lead, time=time)}
               for n, (title, work, lead, time) in enumerate([
                   ("Tiem phong", "Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò.", "Phòng Kinh tế",
                    "Tháng 4/2027"),
                   ("Tieu doc", "Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi.",
                    "Trung tâm Dịch vụ tổng hợp xã", "Quý II/2027")], 2)]
    tasks = _tasks(json.dumps(issues, ensure_ascii=False).encode(), "issues.json")
    assert [(t.text, t.lead, t.deadline) for t in tasks] == [
        ("Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò.", ["Phòng Kinh tế"], "2027-04-30"),
        ("Phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi.", ["Trung tâm Dịch vụ tổng hợp xã"],
         "2027-06-30")]


def test_fields_named_in_english_and_tasks_grouped_by_their_section():
    document = {"doc_no": "18/KH-UBND", "doc_type": "Kế hoạch", "issued_on": "2027-03-12",
                "issuer": "Ủy ban nhân dân xã Tân Hòa", "subject": "Phòng, chống dịch bệnh trên đàn gia súc năm 2027",
                "objectives": "I. MỤC TIÊU\nTiêm phòng đạt ít nhất 90% tổng đàn trâu, bò trong diện tiêm.",
                "implementation": "III. TỔ CHỨC THỰC HIỆN\nPhòng Kinh tế tổng hợp, báo cáo kết quả.",
                "signed_by": "Lê Văn Bình", "signer_title": "CHỦ TỊCH"}
    tasks = [{"seq": n, "group_name": group, "content": row[1], "lead_agency": row[2], "partners": row[3],
              "plan_deadline": row[4], "due_on": "2027-12-31", "status": "in_progress"}
             for n, (group, row) in enumerate(zip(("II.1. Phòng bệnh", "II.1. Phòng bệnh"), _TASK_ROWS), 1)]
    out = []
    for record in (document, *tasks):
        width = max(map(len, record))
        out += [f"{name.rjust(width)} = {value}" for name, value in record.items()] + [""]
    _assert_the_fielded_plan("\n".join(out))


def test_a_project_files_tasks_with_fields_it_defines_by_id():
    def task(name, notes="", fields=()):
        extended = "".join(f"<ExtendedAttribute><FieldID>{fid}</FieldID><Value>{escape(v)}</Value></ExtendedAttribute>"
                           for fid, v in fields)
        return f"<Task><UID>1</UID><Name>{escape(name)}</Name><Notes>{escape(notes)}</Notes>{extended}</Task>"

    xml = ('<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
           "<ExtendedAttributes><ExtendedAttribute><FieldID>188743731</FieldID><Alias>Đơn vị chủ trì</Alias>"
           "</ExtendedAttribute><ExtendedAttribute><FieldID>188743735</FieldID><Alias>Thời hạn theo KH</Alias>"
           "</ExtendedAttribute></ExtendedAttributes><Tasks>"
           + task("KH 18/KH-UBND", PLAN_TEXT)
           + "".join(task(row[1], fields=[("188743731", row[2]), ("188743735", row[4])]) for row in _TASK_ROWS)
           + "</Tasks></Project>")
    tasks = _tasks(xml.encode(), "project.xml")
    assert [(t.text, t.lead, t.deadline) for t in tasks] == [
        (_TASK_ROWS[0][1], ["Phòng Kinh tế"], "2027-04-30"), (_TASK_ROWS[1][1], ["Trung tâm Dịch vụ tổng hợp xã"],
                                                               "2027-06-30")]


def test_documents_as_mongodbs_shell_prints_them():
    document = "{\n  _id: ObjectId('66a1'),\n  " + ",\n  ".join(
        f"{name}: '{value}'" for name, value in _DOCUMENT_ROW if name != "ngay_ban_hanh") + \
        ",\n  ngay_ban_hanh: ISODate('2027-03-12T00:00:00.000Z')\n}"
    tasks = ["{\n  _id: ObjectId('66b%d'),\n  nhom: 'II. NHIỆM VỤ',\n  " % n + ",\n  ".join(
        f"{name}: '{value}'" if name != "noi_dung" else f"{name}: '{value[:20]}' +\n    '{value[20:]}'"
        for name, value in zip(_TASK_COLUMNS, row)) + ",\n  tien_do: NumberLong(0)\n}" for n, row in enumerate(_TASK_ROWS)]
    _assert_the_fielded_plan("\n".join([document, *tasks]) + "\n", "printjson.txt")


def test_a_letter_announcing_its_tasks_gets_them_where_it_announces_them():
    letter = PLAN_TEXT.replace("I. MỤC TIÊU\nTiêm phòng đạt ít nhất 90% tổng đàn trâu, bò trong diện tiêm.\n\n"
                               "II. NHIỆM VỤ: các việc cụ thể được giao ở các mục dưới đây.\n\n"
                               "III. TỔ CHỨC THỰC HIỆN\n", "1. Năm 2026 tiêm phòng đạt 85% tổng đàn.\n"
                               "2. Giao nhiệm vụ cụ thể như sau:\n(Chi tiết tại các công việc con)\n3. ")
    header = ["Summary", "Issue key", "Labels", "Labels", "Description", "Custom field (Đơn vị chủ trì)",
              "Custom field (Thời hạn theo Kế hoạch)", "Status"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(["TB 18 - van ban goc", "KH-1", "vb", "", letter, "", "", "Done"])
    for n, row in enumerate(_TASK_ROWS, 2):
        writer.writerow([row[1], f"KH-{n}", "nv", "", "Theo dõi tại cuộc họp giao ban.", row[2], row[4], "To Do"])
    page = records_page([header_records(out.getvalue())])
    lines = page.split("\n")
    assert lines.index("2. Giao nhiệm vụ cụ thể như sau:") < lines.index(f"1. {_TASK_ROWS[0][1]}") \
        < lines.index(f"2. {_TASK_ROWS[1][1]}") < next(k for k, line in enumerate(lines) if line.startswith("3. "))
    assert "Chủ trì: Phòng Kinh tế" in lines and "Thời gian: Tháng 4/2027" in lines


def test_a_realtime_databases_export_of_records_under_their_ids():
    plan = {"-Nx0a": {**dict(_DOCUMENT_ROW), "capNhatLuc": 1803984259000}}
    tasks = {f"-Ny{n}": dict(zip(_TASK_COLUMNS, row)) for n, row in enumerate(_TASK_ROWS)}
    _assert_the_fielded_plan(json.dumps({"keHoach": plan, "nhiemVu": tasks}, ensure_ascii=False), "export.json")


def test_psqls_aligned_output_of_a_plans_row_and_its_tasks_rows():
    def table(names, rows):
        widths = [max(len(str(v)) for v in (name, *(row[k] for row in rows))) for k, name in enumerate(names)]
        out = [" " + " | ".join(name.ljust(w) for name, w in zip(names, widths)),
               "+".join("-" * (w + 2) for w in widths)[1:]]
        out += [" " + " | ".join(str(v).ljust(w) for v, w in zip(row, widths)) for row in rows]
        return out + [f"({len(rows)} row{'s' if len(rows) > 1 else ''})", ""]

    names = [name for name, _ in _DOCUMENT_ROW]
    out = ["qlvb=> SELECT * FROM van_ban WHERE id = 7;", *table(names, [[v for _, v in _DOCUMENT_ROW]]),
           "qlvb=> SELECT * FROM nhiem_vu WHERE van_ban_id = 7;", *table(_TASK_COLUMNS, _TASK_ROWS)]
    _assert_the_fielded_plan("\n".join(out))


def _page_of_rows(header: str, rows: list[str], text_column: str) -> str | None:
    """The page a tracker's CSV rows make, the plan's own text in one more row's `text_column`."""
    records = header_records("\n".join([header, *rows]) + "\n")
    plan_record = {name: "" for name in records[0]} | {text_column: PLAN_TEXT}
    return records_page([[plan_record, *records]])


def test_an_amount_with_decimals_numbers_no_record_in_the_plans_outline():
    header = "STT,Nội dung,Đơn vị chủ trì,Thời hạn,Kinh phí (tỷ đồng)"
    rows = [
        '1,"Nạo vét hệ thống thoát nước các tuyến phố chính.",Sở Xây dựng,30/6/2027,12.5',
        '2,"Lắp đặt trạm đo mưa tự động tại các điểm ngập.",Sở Khoa học và Công nghệ,30/9/2027,3.2',
        '3,"Cải tạo cống thoát nước tại các nút giao trọng điểm.",Sở Xây dựng,31/10/2027,8.75',
    ]
    page = _page_of_rows(header, rows, "Nội dung")
    assert page is not None and "12.5. " not in page and "3.2. " not in page


def test_a_trackers_document_record_with_its_printed_header_keeps_the_title_under_the_type_line():
    # (an online base's record of the plan itself: its number, date and subject as fields, the printed header in one
    # field ending on the type line, the basis in another; each task a record with the English columns of the base)
    document = {"Name": "KH 9/KH-UBND", "Type": "Source document", "Doc number": "9/KH-UBND",
                "Issued on": "2027-04-02", "Subject": "Trồng cây xanh trên các tuyến đường phường Tân Phú năm 2027",
                "Header": "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHÚ\nSố: 9/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "Độc lập - Tự do - Hạnh phúc\nTân Phú, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH",
                "Legal basis": "Thực hiện Kế hoạch số 51/KH-UBND ngày 10 tháng 3 năm 2027 của Ủy ban nhân dân thành "
                               "phố về phát triển cây xanh đô thị;\nỦy ban nhân dân phường ban hành Kế hoạch như sau:"}
    tasks = [{"Name": "Khảo sát vị trí trồng", "Type": "Task", "Section": "1. Chuẩn bị",
              "Task detail": "Khảo sát, lập danh sách vị trí trồng cây trên các tuyến đường.",
              "Lead unit": "Phòng Kinh tế, Hạ tầng và Đô thị", "Plan timeline": "Tháng 4 - tháng 5/2027",
              "Due": "2027-05-20"},
             {"Name": "Vận động hiến cây", "Type": "Task", "Section": "1. Chuẩn bị",
              "Task detail": "Vận động doanh nghiệp, hộ gia đình hiến cây, chăm sóc cây sau khi trồng.",
              "Lead unit": "Phòng Văn hóa - Xã hội", "Support units": "Hội Liên hiệp Phụ nữ phường",
              "Plan timeline": "Quý III/2027", "Due": "2027-09-15"}]
    raw = read_bytes(json.dumps({"records": [{"id": f"rec{n}", "fields": fields}
                                             for n, fields in enumerate([document, *tasks])]},
                                ensure_ascii=False).encode(), "base.json")
    plan = extract_plan(normalise(raw))
    assert plan.document.title == document["Subject"]
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks][:2] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị"], [], "2027-05-31"),
        (["Phòng Văn hóa - Xã hội"], ["Hội Liên hiệp Phụ nữ phường"], "2027-09-30")]


def test_a_board_of_cards_gives_each_card_its_fields_named_over_their_values():
    # a kanban board copied from a web app: each card's work, then its fields one name a line and the value under it
    # ("Phụ trách" / "Phòng X" / "Hạn" / "31/03/2027"), a column's count of its cards alone on a line
    board = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 21/KH-UBND
Tân Lập, ngày 02 tháng 3 năm 2027
KẾ HOẠCH
Chuyển đổi số trong thủ tục hành chính năm 2027
Phân công nhiệm vụ: xem các thẻ dưới đây.
I. NHIỆM VỤ
1. Chuẩn bị
2
Rà soát danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình
Phụ trách
Văn phòng HĐND và UBND xã
Phối hợp
Công an xã
Hạn
31/03/2027
Trạng thái
Hoàn thành
Hướng dẫn người dân tạo tài khoản định danh điện tử mức độ 2
Phụ trách
Công an xã
Phối hợp
Đoàn Thanh niên xã
Hạn
30/06/2027
Trạng thái
Đang thực hiện
"""
    plan = extract_text(board)
    assert [(t.text, t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("Rà soát danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
         ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], ["Công an xã"], "2027-03-31"),
        ("Hướng dẫn người dân tạo tài khoản định danh điện tử mức độ 2", ["Công an xã"], ["Đoàn Thanh niên xã"],
         "2027-06-30")]
    # (a table's column names read one a line, each over its first cell, once: no fields of records)
    header = "Đơn vị chủ trì\nSở Tư pháp\nThời gian\nQuý II/2027\nSản phẩm\nBáo cáo\n"
    lines = header.split("\n")
    assert field_names_over_values_joined(lines) == lines


@pytest.mark.parametrize("header, rows, name, read, left_out", [
    # a tracker's columns: the plan's time in its words beside the tool's own due as a bare date, in either order
    ("Tên,Đơn vị chủ trì,Thời gian thực hiện,Hạn",
     ['Tập huấn cán bộ,Sở Nội vụ,"Trước ngày 15/3/2027","March 12, 2027"',
      'Kiểm tra thực hiện,Sở Tư pháp,"Quý III/2027","2027-09-15"',
      'Tổng kết,Sở Nội vụ,"Tháng 12/2027","18/12/2027"'],
     "Tên", ["Thời gian: Trước ngày 15/3/2027", "Thời gian: Tháng 12/2027"], ["March 12, 2027", "18/12/2027"]),
    # "Tiến độ thực hiện: Đang thực hiện" is the tracker's state of the work; the date beside it dates it
    ("Nội dung,Đơn vị chủ trì,Tiến độ thực hiện,Hạn hoàn thành",
     ["Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh,Sở Tư pháp,Đang thực hiện,30/06/2027",
      "Số hóa hồ sơ giải quyết thủ tục hành chính,Sở Khoa học và Công nghệ,Chưa thực hiện,30/09/2027",
      "Tổng kết việc thực hiện,Sở Tư pháp,Chưa thực hiện,15/12/2027"],
     "Nội dung", ["Thời gian: 30/06/2027"], ["Thời gian: Đang thực hiện"]),
])
def test_a_trackers_record_is_dated_by_the_plans_time_not_the_tools_due_nor_its_progress(header, rows, name, read,
                                                                                          left_out):
    page = _page_of_rows(header, rows, name)
    for present, absent in zip(read, left_out):
        assert present in page and absent not in page


def test_a_wikis_property_tables_give_each_item_its_fields():
    # each item's properties in a table of two columns, copied as text: name, a tab, value
    text = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 22/KH-UBND
KẾ HOẠCH
Số hóa hồ sơ hộ tịch năm 2027
I. NHIỆM VỤ
1. Số hóa sổ hộ tịch
Nội dung\tSố hóa toàn bộ sổ đăng ký khai sinh, kết hôn từ năm 1999 đến nay.
Đơn vị chủ trì\tCông chức Tư pháp - Hộ tịch
Đơn vị phối hợp\tVăn phòng HĐND và UBND xã
Thời gian hoàn thành\tQuý III/2027
2. Cập nhật cơ sở dữ liệu
Nội dung\tCập nhật dữ liệu đã số hóa lên cơ sở dữ liệu hộ tịch điện tử.
Đơn vị chủ trì\tVăn phòng HĐND và UBND xã
Đơn vị phối hợp\tCông an xã
Thời gian hoàn thành\tQuý IV/2027
"""
    plan = extract_text(text)
    assert [(t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "2027-09-30"), (["Công an xã"], "2027-12-31")]
    # (a table's own two columns, no field names among them, stay as they are)
    table = ["Xã\tSố hộ", "Tân Lập\t1.250", "Tân Phú\t980"]
    assert field_cells_named(table) == table
