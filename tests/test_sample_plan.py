"""The bundled sample plan, end to end through the library API."""
import json

import vnplan


def test_sample_plan_structure(sample_text):
    plan = vnplan.extract_text(sample_text)
    doc = plan.document
    assert (doc.number, doc.type, doc.province, doc.issued_date) == ("215/KH-UBND", "Kế hoạch", "Quảng Bình", "2024-03-12")
    assert (doc.signer, doc.signer_title) == ("Trần Văn Minh", "Phó Chủ tịch")
    tasks = {t.text[:40]: t for t in plan.tasks}
    assert len(plan.tasks) == 10
    quy_che = tasks["Tham mưu ban hành Quy chế quản lý, vận h"]
    assert quy_che.lead == ["Sở Thông tin và Truyền thông"]
    assert quy_che.coordinators == ["Sở Nội vụ"] and quy_che.coordinators_collective
    assert quy_che.deadline == "2024-06-30"
    kho = tasks["Xây dựng kho dữ liệu dùng chung của tỉnh"]
    assert "+ Chia sẻ dữ liệu mở" in kho.text and kho.deadline == "2024-10-31"
    assert tasks["Sở Du lịch chủ trì, phối hợp với Hiệp hộ"].deadline == "2024-09-30"
    assert {(t.min, t.max, t.unit) for t in plan.targets if t.task is None} == {
        (12, 12, "% GRDP"), (100, 100, "%"), (80, None, "%"), (None, 20, "địa phương dẫn đầu")}
    assert [(r.frequency, r.due) for r in plan.reporting] == [("once", "2024-04-15"), ("quarterly", "---20"), ("annual", "--12-15")]
    assert {r.number for r in plan.references} == {"45-CTr/TU", "411/QĐ-TTg"}


def test_spans_point_at_the_extracted_items(sample_text):
    plan = vnplan.extract_text(sample_text)
    for task in plan.tasks:
        assert plan.text[task.span.start:task.span.end].startswith(task.text[:30])
    for ref in plan.references:
        assert plan.text[ref.span.start:ref.span.end].replace(" ", "") == ref.number
    data = json.loads(plan.to_json())
    assert data["schema"] == 1 and len(data["tasks"]) == len(plan.tasks)
