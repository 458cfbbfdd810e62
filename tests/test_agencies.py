import pytest

from vnplan.extract.agencies import find_agencies
from vnplan.extract.tasks import actors_of


@pytest.mark.parametrize("written,canonical", [
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở Công thương", "Sở Công Thương"),
    ("Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("BQL khu kinh tế công nghiệp tỉnh", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    ("Ban Quản lý Khu Kinh tế, Công nghiệp tỉnh", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("UBND thành phố Huế", "Ủy ban nhân dân thành phố Huế"),
    ("Ngân hàng nhà nước - chi nhánh Thừa Thiên Huế", "Ngân hàng Nhà nước - Chi nhánh Thừa Thiên Huế"),
])
def test_variants_resolve_to_one_canonical_name(written, canonical):
    mentions = find_agencies(f"{written} chủ trì thực hiện")
    assert [m.name for m in mentions] == [canonical]
    assert mentions[0].resolved


def test_unknown_agency_is_kept_as_written_and_flagged():
    mentions = find_agencies("Trung tâm Dịch vụ việc làm Thành phố phối hợp triển khai")
    assert [(m.name, m.resolved) for m in mentions] == [("Trung tâm Dịch vụ việc làm Thành phố", False)]


def test_list_of_departments_after_cac_so():
    names = [m.name for m in find_agencies("Các Sở: Thông tin và Truyền thông, Y tế, Văn hóa và thể thao tiếp tục")]
    assert names == ["Sở Thông tin và Truyền thông", "Sở Y tế", "Sở Văn hóa và Thể thao"]


def test_lead_coordinators_and_collective_partners():
    actors = actors_of("Sở Công thương chủ trì, phối hợp Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế, "
                       "Công nghiệp tỉnh và các Sở, ngành, địa phương")
    assert [m.name for m in actors.leads] == ["Sở Công Thương"]
    assert [m.name for m in actors.coordinators] == ["Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"]
    assert actors.collective


def test_advising_the_committee_is_not_coordination():
    actors = actors_of("Tham mưu UBND tỉnh chỉ đạo các địa phương triển khai")
    assert actors.coordinators == [] and not actors.collective
