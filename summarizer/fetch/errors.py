"""What can go wrong between a link and an article, each with the sentence the user sees.

The bot and the CLI catch `SummarizerError` and show `user_message`; `str(error)` keeps the
technical detail (URL, status, address) for the log, never for the chat.
"""

from __future__ import annotations

from ..errors import SummarizerError


class FetchError(SummarizerError):
    """Base of every link failure, so callers can tell "the link" from "the text" failures."""

    user_message = "Не получилось открыть ссылку."


class InvalidUrlError(FetchError):
    user_message = "Это не похоже на ссылку на веб-страницу: пришлите адрес вида https://…"


class AddressNotAllowedError(FetchError):
    user_message = (
        "Эта ссылка ведёт во внутреннюю сеть или на служебный адрес: такие ссылки я не открываю."
    )


class SiteUnreachableError(FetchError):
    user_message = "Не получилось связаться с сайтом: проверьте ссылку или попробуйте позже."


class FetchTimeoutError(FetchError):
    user_message = "Сайт слишком долго не отвечает: попробуйте позже или пришлите текст статьи."


class TooManyRedirectsError(FetchError):
    user_message = "Ссылка слишком много раз перенаправляет на другие адреса, я её не открыл."


class HttpStatusError(FetchError):
    """The site answered with an error status; the message names it in words people know."""

    def __init__(self, status: int, detail: str = "") -> None:
        self.status = status
        super().__init__(detail or f"HTTP {status}", user_message=_status_message(status))


def _status_message(status: int) -> str:
    if status == 404 or status == 410:
        return f"Страница не найдена (ошибка {status}): проверьте ссылку."
    if status in (401, 402, 403, 451):
        return (
            f"Сайт не даёт открыть эту страницу (ошибка {status}): возможно, она только для "
            "подписчиков. Пришлите текст статьи сообщением."
        )
    if status == 429:
        return "Сайт просит подождать (ошибка 429): попробуйте чуть позже."
    if status >= 500:
        return f"Сайт сейчас не работает (ошибка {status}): попробуйте позже."
    return f"Сайт ответил ошибкой {status}: статью открыть не получилось."


class NotArticleError(FetchError):
    """A PDF, an image, a video: summarizing it as text would produce garbage."""

    user_message = "Это не статья: по ссылке не веб-страница с текстом. Пришлите ссылку на новость."

    def __init__(self, detail: str = "", kind: str | None = None) -> None:
        message = None
        if kind:
            message = f"Это не статья: по ссылке {kind}. Пришлите ссылку на страницу с новостью."
        super().__init__(detail, user_message=message)
        self.kind = kind


class TooLargeError(FetchError):
    user_message = (
        "Страница слишком большая, я не стал загружать её целиком. Пришлите текст статьи."
    )


class NoTextFoundError(FetchError):
    user_message = (
        "На странице не нашлось текста статьи: возможно, он подгружается скриптом или закрыт "
        "подпиской. Пришлите текст сообщением."
    )


class TelegramPostUnavailableError(NoTextFoundError):
    user_message = (
        "Не получилось прочитать пост: канал закрытый, пост удалён или в нём нет текста. "
        "Перешлите пост мне или пришлите его текст."
    )
