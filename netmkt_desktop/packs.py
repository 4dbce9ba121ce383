"""Content packs: teachers' own content files, installed beside the personal data (pure Python, no Qt).

A pack is a content file in the same format as ``seed/core.json`` with its own ``pack.id`` (any id
but ``core``).  Its node ids must not collide with the built-in content's ids or another pack's:
plans refer to nodes by id, so one id must always mean one node.

Installed packs are copies in ``<data dir>/packs/<pack id>.json``: the teacher's original file may
sit on a USB stick that is gone at the next lesson.  The original is read with a cap (a regular file of
at most ``CONTENT_FILE_MAX_BYTES``: never a pipe, a device or a file that fills the disk).  A copy is written to a temporary file in the same
folder, validated there (the very bytes that will be used), and only then renamed over its final name,
so a crash, a full disk or a broken file never leaves a partial or invalid pack behind.

A broken installed pack never stops the app: :meth:`PackLibrary.load_all` skips it and returns its error.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from netmkt_desktop.content import (
    CORE_PACK_ID,
    MAX_FILE_BYTES,
    Content,
    PackInfo,
    load_content,
    merge_contents,
    seed_path,
)
from netmkt_desktop.errors import ContentError
from netmkt_desktop.i18n import translate
from netmkt_desktop.files import BoundedReadError, describe_read_error, read_bounded
from netmkt_desktop.paths import DataFolder, describe_os_error
from netmkt_desktop.validation import ID_PATTERN

_TEMP_PREFIX = ".install-"
_TEMP_SUFFIX = ".tmp"
_STALE_TEMP_SECONDS = 3600
# File names Windows refuses whatever the extension ("con.json" cannot be created).
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


# ---------------------------------------------------------------------------------------------
# Id collisions


def _pack_of(content: Content) -> PackInfo:
    return content.packs[0]


def _owner_label(pack: PackInfo) -> str:
    if pack.id == CORE_PACK_ID:
        return translate("packs", "内置内容“{name}”").format(name=pack.name)
    return translate("packs", "内容包“{name}”({id})").format(name=pack.name, id=pack.id)


def id_place(path: str | os.PathLike[str], node_id: str) -> str:
    """Where ``node_id`` is defined in a (valid) content file, named the way the loader names places.

    ``textbook[0].children[2].id``; ``""`` when the file cannot be read again.
    """
    try:
        data = json.loads(read_bounded(Path(path), MAX_FILE_BYTES).decode("utf-8-sig"))
    except (BoundedReadError, ValueError, RecursionError, MemoryError):
        return ""

    def walk(items: object, place: str, topics: bool) -> str:
        if not isinstance(items, list):
            return ""
        for i, raw in enumerate(items):
            here = f"{place}[{i}]"
            if not isinstance(raw, dict):
                continue
            if not (topics and "ref" in raw) and raw.get("id") == node_id:
                return f"{here}.id"
            found = walk(raw.get("children", []), f"{here}.children", topics)
            if found:
                return found
        return ""

    if not isinstance(data, dict):
        return ""
    return walk(data.get("textbook"), "textbook", False) or walk(data.get("topics"), "topics", True)


def check_collisions(content: Content, others: Iterable[Content], file: str | os.PathLike[str] | None = None) -> None:
    """Raise :class:`ContentError` when a node id of ``content`` (one pack) is used in ``others``.

    The error names ``file`` (default: the pack's own path), the place of the first colliding id
    in the file and, in Chinese, where else the id is used.
    """
    pack = _pack_of(content)
    owners: dict[str, PackInfo] = {}
    for other in others:
        common = content.nodes.keys() & other.nodes.keys()
        for node_id in common:
            owners.setdefault(node_id, _pack_of(other))
    if not owners:
        return
    first = next(node_id for node_id in content.nodes if node_id in owners)
    more = (translate("packs", "(本包共有 {n} 个节点 id 与其他内容重复)").format(n=len(owners))
            if len(owners) > 1 else "")
    raise ContentError(
        pack.path if file is None else file,
        id_place(pack.path, first),
        translate("packs", "节点 id“{id}”已被{owner}使用{more};内容包的节点 id 不能与内置内容或其他内容包重复,"
                           "请换一个 id(例如以包 id“{pack}.”开头)").format(
            id=first, owner=_owner_label(owners[first]), more=more, pack=pack.id),
    )


def check_pack_id(pack: PackInfo, file: str | os.PathLike[str]) -> None:
    """Raise :class:`ContentError` when ``pack`` cannot be installed under its id."""
    if pack.id == CORE_PACK_ID:
        raise ContentError(file, "pack.id", translate("packs", "包 id“core”是内置内容专用的,请给自己的内容包另取一个 id"))
    if not ID_PATTERN.fullmatch(pack.id):
        raise ContentError(file, "pack.id", translate("content", "包 id 只能由字母、数字、下划线、点和连字符组成"))
    if pack.id.split(".")[0].upper() in _WINDOWS_RESERVED:
        raise ContentError(file, "pack.id", translate("packs", "包 id“{id}”在 Windows 上不能用作文件名,请换一个 id").format(
            id=pack.id))


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key of a version text: numeric parts compare as numbers ("1.10" is newer than "1.9")."""
    parts = [p for p in re.split(r"[.\-_+\s]+", version.strip()) if p]
    return tuple((0, int(p), "") if p.isascii() and p.isdigit() else (1, 0, p) for p in parts)


# ---------------------------------------------------------------------------------------------
# The installed packs


class PackLibrary:
    """The packs installed in one personal data folder.

    ``core`` is the built-in content that packs are checked against; when it is not given, the
    shipped ``seed/core.json`` is loaded the first time it is needed.
    """

    def __init__(self, data_dir: Path, core: Content | None = None):
        self.data_dir = Path(data_dir)
        self.folder = DataFolder(self.data_dir).packs
        self._core = core
        # path -> (stat signature, content): a 100,000-node pack takes a second to parse.
        self._cache: dict[Path, tuple[tuple[int, int, int], Content]] = {}

    # -- reading -------------------------------------------------------------------------------

    def path_for(self, pack_id: str) -> Path:
        if not ID_PATTERN.fullmatch(pack_id):
            raise ValueError(f"invalid pack id {pack_id!r}")
        return self.folder / f"{pack_id}.json"

    def _files(self, errors: list[ContentError] | None = None) -> list[Path]:
        if not self.folder.is_dir():
            return []
        try:
            return sorted(p for p in self.folder.iterdir() if p.suffix == ".json" and p.is_file())
        except OSError as exc:
            if errors is not None:
                errors.append(ContentError(self.folder, "", translate("packs", "无法读取内容包文件夹({reason})").format(
                    reason=describe_os_error(exc))))
            return []

    def _load(self, path: Path) -> Content:
        try:
            signature = _signature(path)
        except OSError:
            return load_content(path)  # raises the loader's own "cannot read" error
        cached = self._cache.get(path)
        if cached and cached[0] == signature:
            return cached[1]
        content = load_content(path)
        self._cache[path] = (signature, content)
        return content

    def _load_installed(self, path: Path) -> Content:
        """An installed file, valid on its own and named after its pack id."""
        content = self._load(path)
        pack = _pack_of(content)
        if pack.id == CORE_PACK_ID:
            raise ContentError(path, "pack.id", translate("packs", "包 id“core”是内置内容专用的,内容包不能使用"))
        if path.stem != pack.id:
            raise ContentError(path, "pack.id", translate(
                "packs", "文件名应为“{name}”:请用软件的导入功能安装内容包,不要手动复制文件").format(name=f"{pack.id}.json"))
        return content

    def core(self) -> Content:
        if self._core is None:
            self._core = load_content(seed_path())
        return self._core

    def list(self) -> list[tuple[PackInfo, int]]:
        """Installed packs that are valid on their own, by pack id, with their node counts."""
        result = []
        for path in self._files():
            try:
                content = self._load_installed(path)
            except ContentError:
                continue
            result.append((_pack_of(content), len(content.nodes)))
        return result

    def load_all(self, core: Content) -> tuple[Content, list[ContentError]]:
        """The core merged with every valid installed pack (by pack id), and the errors of the others.

        A pack is skipped when its file is broken or when one of its node ids is already used by
        the core or by a pack earlier in the order.  Remove a broken pack with
        ``remove(Path(error.file).stem)``.
        """
        self._core = self._core or core
        accepted: list[Content] = [core]
        errors: list[ContentError] = []
        for path in self._files(errors):
            try:
                content = self._load_installed(path)
                check_collisions(content, accepted)
            except ContentError as exc:
                errors.append(exc)
                continue
            accepted.append(content)
        return merge_contents(accepted), errors

    # -- changing ------------------------------------------------------------------------------

    def install(self, path: str | os.PathLike[str], *, allow_downgrade: bool = False) -> PackInfo:
        """Validate the file and install a copy of it; return the installed pack's info.

        Raises :class:`ContentError` (naming ``path``) when the file is invalid, uses the id
        "core", or has node ids that the core or another installed pack use.  A pack with the id of
        an installed one replaces it, unless it is an older version (``allow_downgrade`` permits that).
        """
        source = Path(path)
        try:  # a regular file, read with a cap: never a pipe that hangs, a device or a disk-filling copy
            raw = read_bounded(source, MAX_FILE_BYTES)
        except BoundedReadError as exc:
            raise ContentError(source, "", describe_read_error(exc, MAX_FILE_BYTES)) from None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=self.folder)
        except OSError as exc:
            raise ContentError(self.folder, "", translate("packs", "无法在内容包文件夹中保存文件({reason})").format(
                reason=describe_os_error(exc))) from None
        temp = Path(temp_name)
        replaced = False
        try:
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(raw)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise ContentError(source, "", translate("packs", "无法复制到内容包文件夹({reason})").format(
                    reason=describe_os_error(exc))) from None
            del raw
            try:
                content = load_content(temp)
            except ContentError as exc:
                raise ContentError(source, exc.place, exc.reason) from None
            pack = _pack_of(content)
            self._check_installable(content, source, allow_downgrade)
            final = self.path_for(pack.id)
            try:
                os.replace(temp, final)
                replaced = True
            except OSError as exc:
                raise ContentError(final, "", translate("packs", "无法保存内容包({reason})").format(
                    reason=describe_os_error(exc))) from None
        finally:
            if not replaced:
                try:
                    temp.unlink()
                except OSError:
                    pass
        installed = pack._replace(path=str(final))
        content.packs = [installed]
        try:
            self._cache[final] = (_signature(final), content)
        except OSError:
            pass
        self._remove_stale_temps()
        return installed

    def _check_installable(self, content: Content, source: Path, allow_downgrade: bool) -> None:
        pack = _pack_of(content)
        check_pack_id(pack, source)
        others: list[Content] = [self.core()]
        for path in self._files():
            try:
                installed = self._load_installed(path)
            except ContentError:
                continue  # a broken installed pack neither blocks nor collides
            old = _pack_of(installed)
            if old.id == pack.id:
                if not allow_downgrade and version_key(pack.version) < version_key(old.version):
                    raise ContentError(
                        source, "pack.version",
                        translate("packs", "已安装的“{name}”版本 {old} 比此文件的版本 {new} 新;"
                                           "如确实要换回旧版本,请先删除已安装的内容包再导入").format(
                            name=old.name, old=old.version, new=pack.version),
                    )
                continue  # the one this file replaces
            if old.id.casefold() == pack.id.casefold():
                raise ContentError(source, "pack.id", translate(
                    "packs", "包 id“{id}”与已安装的内容包“{other}”只有大小写不同,请换一个 id").format(id=pack.id, other=old.id))
            others.append(installed)
        check_collisions(content, others, file=source)

    def remove(self, pack_id: str) -> bool:
        """Delete an installed pack (valid or broken); False when there is none with this id."""
        path = self.path_for(pack_id)
        self._cache.pop(path, None)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

    def _remove_stale_temps(self) -> None:
        """Temporary files of an install that a crash interrupted (never one that is running now)."""
        now = time.time()
        try:
            for temp in self.folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
                if now - temp.stat().st_mtime > _STALE_TEMP_SECONDS:
                    temp.unlink()
        except OSError:
            pass


def _signature(path: Path) -> tuple[int, int, int]:
    """What tells a changed file from the one in the cache (OSError when it cannot be read)."""
    st = path.stat()
    return (st.st_mtime_ns, st.st_size, st.st_ino)
