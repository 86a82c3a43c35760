"""Errors a user can cause. Each carries the Russian sentence the bot or CLI shows them.

Anything that is not a `SummarizerError` is our bug: the callers log it with an id and show a
generic apology instead.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base: `user_message` is safe to show to the person who sent the input."""

    user_message = "Не получилось обработать этот текст."

    def __init__(self, detail: str = "", user_message: str | None = None) -> None:
        super().__init__(detail or self.user_message)
        if user_message is not None:
            self.user_message = user_message


class EmptyTextError(SummarizerError):
    user_message = "Текст пустой: пришлите статью, пост или ссылку на новость."


class TextTooShortError(SummarizerError):
    user_message = (
        "Текст слишком короткий, чтобы его пересказывать: пришлите статью целиком "
        "(от нескольких абзацев) или ссылку на неё."
    )


class NotRussianError(SummarizerError):
    user_message = (
        "Я пересказываю только новости на русском языке, а этот текст, похоже, на другом."
    )


class NotTextError(SummarizerError):
    user_message = "Это не похоже на текст статьи: пришлите текст новости или ссылку на неё."


class UnsupportedInputError(SummarizerError):
    user_message = "Такой ввод пока не поддерживается."


class ModelUnavailableError(SummarizerError):
    user_message = "Модель для пересказа сейчас недоступна."
