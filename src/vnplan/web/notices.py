"""Notices (the bell, /notifications), the person's own settings (/account) and the subscribed calendar feed.

The feed's address (/calendar/feed/<key>.ics) is read by calendar programs without a session:
the key in it is the only credential, so an unknown, replaced or revoked key, and the key of a
disabled account, get the same 404.
"""
from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session, object_session

from ..monitor import access, calendar, notifications, users
from ..monitor.errors import NotFound
from ..register.models import Notification, User
from .api import get_or_404
from .auth import check_csrf, current_user, local_path
from .deps import RowId, get_session, produce_notices
from .pages import back, calendar_file, calendar_response, render
from .templating import templates

router = APIRouter(dependencies=[Depends(check_csrf)])


def unread_notices(user: User) -> int:
    """The bell's count, read with the session the page's user came from."""
    return notifications.unread_count(object_session(user), user)


templates.env.globals["unread_notices"] = unread_notices


def _notice(session: Session, user: User, notice_id: int) -> Notification:
    notice = get_or_404(session, Notification, notice_id, "thông báo")
    access.require_recipient(user, notice)
    return notice


def notice_json(notice: Notification) -> dict:
    return {"id": notice.id, "kind": notice.kind, "kind_label": notifications.KINDS[notice.kind], "text": notice.text,
            "link": notice.link, "created_at": notice.created_at, "read_at": notice.read_at}


# -- pages ----------------------------------------------------------------------------------------------

@router.get("/notifications", response_class=HTMLResponse)
def notifications_page(request: Request, background: BackgroundTasks, session: Session = Depends(get_session),
                       user: User = Depends(current_user)):
    produce_notices(session, user, request, background)
    return render(request, "notifications.html", user, notices=notifications.latest(session, user),
                  kinds=notifications.KINDS)


@router.post("/notifications/read-all")
def read_all(session: Session = Depends(get_session), user: User = Depends(current_user)):
    notifications.mark_all_read(session, user)
    session.commit()
    return back("/notifications")


@router.post("/notifications/{notice_id}/open")
def open_notice(notice_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)):
    notice = _notice(session, user, notice_id)
    notifications.mark_read(notice)
    session.commit()
    return back(local_path(notice.link))


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, user: User = Depends(current_user)):
    return render(request, "account.html", user, saved=False)


@router.post("/account", response_class=HTMLResponse)
def save_account(request: Request, email_notices: str = Form(""), session: Session = Depends(get_session),
                 user: User = Depends(current_user)):
    users.set_email_notices(session, user, email_notices == "on", user.username)
    session.commit()
    return render(request, "account.html", user, saved=True)


@router.post("/calendar/feed", response_class=HTMLResponse)
def new_feed(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)):
    """A new secret address, shown in this answer only (the register keeps its hash)."""
    key = calendar.new_feed_key(session, user, user.username)
    session.commit()
    return calendar_response(request, session, user, feed_url=feed_url(request, key))


@router.post("/calendar/feed/revoke")
def revoke_feed(session: Session = Depends(get_session), user: User = Depends(current_user)):
    calendar.revoke_feed(session, user, user.username)
    session.commit()
    return back("/calendar")


@router.get("/calendar/feed/{key}.ics")
def feed(key: str, session: Session = Depends(get_session)) -> Response:
    owner = calendar.feed_owner(session, key)
    if owner is None:
        raise NotFound("lịch")
    return calendar_file(session, owner)


def feed_url(request: Request, key: str) -> str:
    return str(request.url_for("feed", key=key))


# -- JSON API -------------------------------------------------------------------------------------------

class AccountBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email_notices: bool


@router.get("/api/notifications")
def notifications_json(request: Request, background: BackgroundTasks, session: Session = Depends(get_session),
                       user: User = Depends(current_user)) -> dict:
    produce_notices(session, user, request, background)
    return {"unread": notifications.unread_count(session, user),
            "notifications": [notice_json(n) for n in notifications.latest(session, user)]}


@router.post("/api/notifications/{notice_id}/read")
def read_json(notice_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    notice = _notice(session, user, notice_id)
    notifications.mark_read(notice)
    session.commit()
    return notice_json(notice)


@router.post("/api/notifications/read-all")
def read_all_json(session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    marked = notifications.mark_all_read(session, user)
    session.commit()
    return {"marked": marked}


@router.get("/api/account")
def account_json(user: User = Depends(current_user)) -> dict:
    return {"username": user.username, "email": user.email, "email_notices": user.email_notices,
            "calendar_feed": user.feed_token_hash is not None}


@router.put("/api/account")
def save_account_json(body: AccountBody, session: Session = Depends(get_session),
                      user: User = Depends(current_user)) -> dict:
    users.set_email_notices(session, user, body.email_notices, user.username)
    session.commit()
    return account_json(user)


@router.post("/api/calendar/feed")
def new_feed_json(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    """A new secret feed address (the previous one stops working); it is returned this once."""
    key = calendar.new_feed_key(session, user, user.username)
    session.commit()
    return {"url": feed_url(request, key)}


@router.delete("/api/calendar/feed")
def revoke_feed_json(session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    calendar.revoke_feed(session, user, user.username)
    session.commit()
    return {"calendar_feed": False}
