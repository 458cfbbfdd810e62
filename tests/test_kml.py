"""A plan kept on a map (KML): the letter in the map's description, its points a table of tasks after it."""
from pathlib import Path

import vnplan
from vnplan.read import read_bytes

_KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>CV 512/SNN - Điểm sạt lở cần xử lý 2027</name>
    <description><![CDATA[ỦY BAN NHÂN DÂN TỈNH CAO BẰNG<br>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>Số: 512/SNN-TL<br>V/v xử lý các điểm sạt lở bờ sông năm 2027<br>Cao Bằng, ngày 03 tháng 12 năm 2026<br><br>Kính gửi: Ủy ban nhân dân các xã ven sông.<br><br>Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện các nội dung sau:<br>1. Các đơn vị có tên trên bản đồ kèm theo triển khai xử lý từng điểm theo phân công.<br>2. Chi cục Thủy lợi theo dõi, tổng hợp, báo cáo Sở trước ngày 15 hằng tháng.<br><br>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.<br>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC<br>Nông Văn Hải]]></description>
    <Style id="icon-1"><IconStyle><color>ff5b18c2</color></IconStyle></Style>
    <Folder>
      <name>Chi cục Thủy lợi</name>
      <Placemark>
        <name>Kè bờ sông Bằng (phường Thục Phán)</name>
        <description><![CDATA[Nhiệm vụ: Gia cố 120 m kè bờ sông bị sạt<br>Chủ trì: Chi cục Thủy lợi<br>Phối hợp: Ủy ban nhân dân phường Thục Phán<br>Thời hạn: Quý II/2027]]></description>
        <styleUrl>#icon-1</styleUrl>
        <ExtendedData>
          <Data name="Nhiệm vụ"><value>Gia cố 120 m kè bờ sông bị sạt</value></Data>
          <Data name="Chủ trì"><value>Chi cục Thủy lợi</value></Data>
          <Data name="Phối hợp"><value>Ủy ban nhân dân phường Thục Phán</value></Data>
          <Data name="Thời hạn"><value>Quý II/2027</value></Data>
        </ExtendedData>
        <Point><coordinates>106.25,22.66,0</coordinates></Point>
      </Placemark>
    </Folder>
    <Folder>
      <name>Ban Quản lý dự án</name>
      <Placemark>
        <name>Bờ suối Nà Rụa</name>
        <description><![CDATA[Nhiệm vụ: Khảo sát, lập phương án xử lý sạt lở bờ suối<br>Chủ trì: Ban Quản lý dự án đầu tư xây dựng tỉnh<br>Thời hạn: Tháng 3/2027]]></description>
        <Point><coordinates>106.27,22.68,0</coordinates></Point>
      </Placemark>
    </Folder>
  </Document>
</kml>
"""


def test_a_maps_letter_reads_first_and_its_points_as_a_table_a_layer_a_title_row():
    lines = read_bytes(_KML.encode(), Path("ban-do.kml")).text.split("\n")
    assert lines[0] == "CV 512/SNN - Điểm sạt lở cần xử lý 2027"
    assert "Số: 512/SNN-TL" in lines and "Nông Văn Hải" in lines
    table = [line for line in lines if line.startswith("|")]
    assert table[0] == "| Tên điểm | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |"
    assert table[1] == "| Chi cục Thủy lợi |"
    # (a point without data gives its fields from its description's lines)
    assert table[-1] == "| Bờ suối Nà Rụa | Khảo sát, lập phương án xử lý sạt lở bờ suối | Ban Quản lý dự án đầu tư xây dựng " \
                        "tỉnh |  | Tháng 3/2027 |"
    assert not any("106.25" in line or "ff5b18c2" in line for line in lines)


def test_a_maps_points_are_the_plans_tasks(tmp_path):
    path = tmp_path / "ban-do.kml"
    path.write_text(_KML, encoding="utf-8")
    plan = vnplan.extract(path)
    assert (plan.document.number, plan.document.signer) == ("512/SNN-TL", "Nông Văn Hải")
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Gia cố 120 m kè bờ s"].lead == ["Chi cục Thủy lợi"]
    assert tasks["Gia cố 120 m kè bờ s"].coordinators == ["Ủy ban nhân dân phường Thục Phán"]
    assert tasks["Gia cố 120 m kè bờ s"].deadline == "2027-06-30"
    assert tasks["Khảo sát, lập phương"].deadline == "2027-03-31"
