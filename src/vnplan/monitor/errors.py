"""Errors of the monitoring workflow, each with a message for officials (Vietnamese) and one in English."""
from ..errors import VnplanError


class PermissionDenied(VnplanError):
    def __init__(self, vi: str = "Bạn không có quyền thực hiện thao tác này", en: str = "permission denied"):
        super().__init__(vi, en)


class NotFound(VnplanError):
    def __init__(self, what: str = "mục"):
        super().__init__(f"Không tìm thấy {what}", f"{what} not found")


class Conflict(VnplanError):
    """Someone else changed the record since it was read: nothing was saved."""

    def __init__(self, current_revision: int):
        super().__init__(
            f"Báo cáo đã được người khác sửa (phiên bản {current_revision}); hãy tải lại trang để xem bản mới rồi sửa tiếp. "
            "Nội dung của bạn chưa được lưu.",
            f"the record was changed by someone else (revision {current_revision}); reload and try again, nothing was saved",
        )
        self.current_revision = current_revision


class InvalidInput(VnplanError):
    pass
