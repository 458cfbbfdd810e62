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


class SignInRefused(VnplanError):
    """A sign-in that did not open a session: `status` is the HTTP answer, `wait` the seconds before trying again."""

    def __init__(self, vi: str, en: str, status: int = 401, wait: int = 0):
        super().__init__(vi, en)
        self.status, self.wait = status, wait


def wrong_password() -> SignInRefused:
    return SignInRefused("Sai tên đăng nhập hoặc mật khẩu", "wrong username or password")


def slow_down(wait: int) -> SignInRefused:
    return SignInRefused(f"Đăng nhập sai nhiều lần từ địa chỉ này, hãy chờ {wait} giây rồi thử lại",
                         f"too many failed sign-ins from this address, wait {wait} s", 429, wait)


def account_locked() -> SignInRefused:
    return SignInRefused("Tài khoản này đã bị khóa; hãy liên hệ quản trị hệ thống để mở lại",
                         "this account is locked (disabled); ask an administrator to reopen it", 403)
