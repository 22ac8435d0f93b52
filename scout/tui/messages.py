"""What the app's workers report back: each message carries a result to a handler in app.py."""

from __future__ import annotations

from collections.abc import Sequence

from textual.message import Message

from scout.profile import Profile
from scout.rank import OfferInput
from scout.tui.data import Lists, Loaded, Preview, Signature
from scout.tui.model import OfferTableModel
from scout.tui.runs import RunInfo
from scout.tui.search import SearchIndex


class DataLoaded(Message):
    """The database was read and ranked."""

    def __init__(self, loaded: Loaded, keep_id: int | None, message: str = "") -> None:
        super().__init__()
        self.loaded = loaded
        self.keep_id = keep_id
        self.message = message


class PreviewReady(Message):
    """A first screen, drawn from the cached ranking while the whole read goes on."""

    def __init__(self, preview: Preview) -> None:
        super().__init__()
        self.preview = preview


class LoadFailed(Message):
    """The database could not be read (`locked`: another process held it too long)."""

    def __init__(self, error: str, *, locked: bool) -> None:
        super().__init__()
        self.error = error
        self.locked = locked


class IndexReady(Message):
    """The search index for one load's offers is built."""

    def __init__(self, index: SearchIndex, offers: Sequence[OfferInput]) -> None:
        super().__init__()
        self.index = index
        self.offers = offers


class SortReady(Message):
    """A slow sort order (one needing every offer's figures) is computed and cached in the model."""

    def __init__(self, model: OfferTableModel) -> None:
        super().__init__()
        self.model = model


class Reranked(Message):
    """The offers ranked again for an edited profile."""

    def __init__(self, model: OfferTableModel, profile: Profile) -> None:
        super().__init__()
        self.model = model
        self.profile = profile


class ListsChanged(Message):
    """Shortlists or notes changed (by us, or by `scout shortlist` in another terminal)."""

    def __init__(self, lists: Lists, message: str = "") -> None:
        super().__init__()
        self.lists = lists
        self.message = message


class DbChanged(Message):
    """Someone wrote the database file; `runs` is None when it was too busy to read."""

    def __init__(self, signature: Signature, runs: RunInfo | None) -> None:
        super().__init__()
        self.signature = signature
        self.runs = runs


class OfferAdded(Message):
    def __init__(self, offer_id: int) -> None:
        super().__init__()
        self.offer_id = offer_id


class Done(Message):
    """A background job finished: say so in the status bar."""

    def __init__(self, message: str, *, error: bool = False) -> None:
        super().__init__()
        self.message = message
        self.error = error
