"""The document tree model: Programma › Hoofddoel › Activiteit, without any text bodies."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..domain.status import DEFAULT_SCHEME, StatusScheme
from ..services.editor import ACTIVITY, GOAL, PROGRAMME

if TYPE_CHECKING:
    from datetime import date, datetime

MIME_TYPE = "application/x-verantwoording-node"

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    HAS_REALISATION = Qt.ItemDataRole.UserRole + 4
    OWNER = Qt.ItemDataRole.UserRole + 5
    NUMBER = Qt.ItemDataRole.UserRole + 6
    TITLE = Qt.ItemDataRole.UserRole + 7
    NODE = Qt.ItemDataRole.UserRole + 8


_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_PLAIN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = {
    PROGRAMME: _PLAIN_FLAGS | Qt.ItemFlag.ItemIsDropEnabled,
    GOAL: _PLAIN_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled,
    ACTIVITY: _PLAIN_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    | Qt.ItemFlag.ItemNeverHasChildren,
}


@dataclass(eq=False)
class Node:
    """One row of the tree; plain data, never an ORM object."""

    kind: str
    id: str
    title: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    number: str = ""
    """Programme number (programmes only; goals and activities are numbered by position)."""
    status: str | None = None
    owner: str = ""
    review_state: str = "concept"
    has_realisation: bool = False
    plan_words: int = 0
    realisation_words: int = 0
    updated_at: datetime | None = None
    updated_by: str = ""
    deadline: date | None = None

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def label_number(self) -> str:
        if self.kind == PROGRAMME:
            return self.number
        if self.kind == GOAL:
            from ..domain.model import roman  # loaded after the first paint

            return roman(self.row() + 1)
        return f"{self.row() + 1}."

    def display(self) -> str:
        """Number and title, as the tree shows them."""
        if self.kind == PROGRAMME:
            return f"Programma {self.number} {self.title}".strip()
        return f"{self.label_number()}  {self.title}"

    def display_title(self) -> str:
        """What DisplayRole gives: without the position number, which a delegate draws."""
        return self.display() if self.kind == PROGRAMME else self.title


def activity_node(info: Any) -> Node:
    """A node from a TreeActivity (or any object with the same attributes)."""
    return Node(
        ACTIVITY, info.id, info.title, status=info.status, owner=info.owner, review_state=info.review_state,
        has_realisation=info.has_realisation, plan_words=info.plan_words,
        realisation_words=info.realisation_words, updated_at=info.updated_at, updated_by=info.updated_by,
        deadline=info.deadline,
    )


def build_nodes(tree: Any) -> Node:
    root = Node("root", "", "")
    for programme in tree:
        p = Node(PROGRAMME, programme.id, programme.name, parent=root, number=programme.number)
        root.children.append(p)
        for goal in programme.goals:
            g = Node(GOAL, goal.id, goal.title, parent=p)
            p.children.append(g)
            for activity in goal.activities:
                a = activity_node(activity)
                a.parent = g
                g.children.append(a)
    return root


class NumberDelegate(QStyledItemDelegate):
    """Draws the position number (1., 2., I, II) before the title; numbering follows every move.

    The number is not part of DisplayRole, so that inserting a row does not
    change the display data of its neighbours.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.data(Role.KIND) in (GOAL, ACTIVITY):
            option.text = f"{index.data(Role.NUMBER)}  {option.text}"


class DocumentTreeModel(QAbstractItemModel):
    """Tree of programmes, goals and activities with status colours and drag-and-drop reordering."""

    move_requested = Signal(str, str, str, int)
    """kind, id, new parent id, position among the new siblings (a drop; the owner performs it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "")
        self._by_id: dict[str, Node] = {}
        self._scheme: StatusScheme = DEFAULT_SCHEME
        self._icons: dict[tuple[str, bool], QIcon] = {}
        self.review_labels: tuple[str, ...] | None = None
        """The document's names for the review states (the overview shows them)."""
        self.editable: frozenset[str] | None = None
        """In an officer's work package: the activities they may edit (the others are dimmed)."""
        self.presence: dict[str, tuple[str, ...]] = {}
        """On the team server: activity id → the colleagues working on it now (a marker in the tree)."""

    # -- loading -------------------------------------------------------------

    def load(self, tree: Any, scheme: StatusScheme) -> None:
        self.beginResetModel()
        self._root = build_nodes(tree)
        self._scheme = scheme
        self._icons.clear()
        self._reindex()
        self.endResetModel()

    def set_editable(self, editable: frozenset[str] | None) -> None:
        if editable == self.editable:
            return  # nothing to repaint (every open sets it, mostly to None again)
        self.editable = editable
        self._changed_all_activities()

    def set_presence(self, presence: dict[str, tuple[str, ...]]) -> None:
        """Who works on which activity now (team server); only the rows whose marker changed repaint."""
        changed = set(presence) ^ set(self.presence) | {k for k in presence if presence[k] != self.presence.get(k)}
        self.presence = dict(presence)
        for node_id in changed:
            node = self._by_id.get(node_id)
            if node is not None and node.kind == ACTIVITY:
                index = self.createIndex(node.row(), 0, node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def set_scheme(self, scheme: StatusScheme) -> None:
        self._scheme = scheme
        self._icons.clear()
        self._changed_all_activities()

    @property
    def scheme(self) -> StatusScheme:
        return self._scheme

    def _reindex(self) -> None:
        self._by_id = {}
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            self._by_id[node.id] = node
            stack.extend(node.children)

    def node(self, node_id: str) -> Node | None:
        return self._by_id.get(node_id)

    def programmes(self) -> list[Node]:
        return list(self._root.children)

    def activities(self) -> list[Node]:
        return [a for p in self._root.children for g in p.children for a in g.children]

    def index_of(self, node_id: str) -> QModelIndex:
        node = self._by_id.get(node_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def node_at(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        return cast("Node | None", index.internalPointer())

    # -- QAbstractItemModel ----------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node_at(parent) if parent.isValid() else self._root
        if node is None or row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node_at(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        node = self.node_at(parent) if parent.isValid() else self._root
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_at(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            here = self.presence.get(node.id) if self.presence else None
            return f"● {', '.join(here)} — {node.display_title()}" if here else node.display_title()
        if role == Qt.ItemDataRole.DecorationRole and node.kind == ACTIVITY:
            return self._status_icon(node.status, node.has_realisation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if (role == Qt.ItemDataRole.ForegroundRole and node.kind == ACTIVITY and self.editable is not None
                and node.id not in self.editable):
            return QBrush(QColor("#8a8a8a"))  # someone else's activity in an officer's work package
        if role == Qt.ItemDataRole.FontRole and node.kind != ACTIVITY:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(node) or node.display()
        if role == Role.KIND:
            return node.kind
        if role == Role.ID:
            return node.id
        if role == Role.STATUS:
            return node.status
        if role == Role.HAS_REALISATION:
            return node.has_realisation
        if role == Role.OWNER:
            return node.owner
        if role == Role.NUMBER:
            return node.label_number()
        if role == Role.TITLE:
            return node.title
        if role == Role.NODE:
            return node
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # asked for every row on every expand: a lookup, not enum arithmetic (10,000 activities)
        node = self.node_at(index)
        return _ROOT_FLAGS if node is None else _FLAGS.get(node.kind, _PLAIN_FLAGS)

    # -- presentation -----------------------------------------------------------

    def _status_icon(self, status: str | None, has_realisation: bool) -> QIcon:
        colour = self._scheme.colour(status) or "#9e9e9e"
        key = (colour, has_realisation)
        icon = self._icons.get(key)
        if icon is None:
            pixmap = QPixmap(14, 14)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(colour), 2))
            painter.setBrush(QBrush(QColor(colour)) if has_realisation else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(2, 2, 10, 10)
            painter.end()
            icon = QIcon(pixmap)
            self._icons[key] = icon
        return icon

    def _tooltip(self, node: Node) -> str:
        if node.kind != ACTIVITY:
            return node.display()
        parts = [self._scheme.label(node.status) or self.tr("Geen status")]
        if node.owner:
            parts.append(self.tr("Eigenaar: %1").replace("%1", node.owner))
        if not node.has_realisation:
            parts.append(self.tr("Nog geen realisatie"))
        if self.presence.get(node.id):
            parts.append(self.tr("Nu bezig: %1").replace("%1", ", ".join(self.presence[node.id])))
        return " · ".join(parts)

    # -- targeted changes --------------------------------------------------------

    def update_activity(self, activity_id: str, **values: Any) -> None:
        node = self._by_id.get(activity_id)
        if node is None:
            return
        changed = False
        for name, value in values.items():
            if getattr(node, name) != value:
                setattr(node, name, value)
                changed = True
        if changed:
            index = self.createIndex(node.row(), 0, node)
            self.dataChanged.emit(index, index)

    def rename(self, node_id: str, title: str, number: str | None = None) -> None:
        node = self._by_id.get(node_id)
        if node is None:
            return
        node.title = title
        if number is not None:
            node.number = number
        index = self.createIndex(node.row(), 0, node)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Role.TITLE])

    def _changed_all_activities(self) -> None:
        for programme in self._root.children:
            for goal in programme.children:
                self._renumbered(goal, 0)

    def _renumbered(self, parent: Node, start: int) -> None:
        if start < len(parent.children):
            first = self.createIndex(start, 0, parent.children[start])
            last = self.createIndex(len(parent.children) - 1, 0, parent.children[-1])
            self.dataChanged.emit(first, last)

    def _parent_index(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def insert_node(self, parent_id: str, position: int, node: Node) -> None:
        parent = self._by_id.get(parent_id) if parent_id else self._root
        if parent is None:
            return
        position = max(0, min(position, len(parent.children)))
        self.beginInsertRows(self._parent_index(parent), position, position)
        node.parent = parent
        parent.children.insert(position, node)
        self._by_id[node.id] = node
        for child in node.children:
            child.parent = node
            self._by_id[child.id] = child
        self.endInsertRows()
        self._renumbered(parent, position + 1)

    def remove_node(self, node_id: str) -> Node | None:
        node = self._by_id.get(node_id)
        if node is None or node.parent is None:
            return None
        parent = node.parent
        row = node.row()
        self.beginRemoveRows(self._parent_index(parent), row, row)
        del parent.children[row]
        stack = [node]
        while stack:  # a programme takes its goals and their activities with it
            gone = stack.pop()
            self._by_id.pop(gone.id, None)
            stack.extend(gone.children)
        self.endRemoveRows()
        self._renumbered(parent, row)
        return node

    def move_node(self, node_id: str, parent_id: str, position: int) -> None:
        """Move a node to ``position`` among its new siblings (counted without itself)."""
        node = self._by_id.get(node_id)
        parent = self._by_id.get(parent_id)
        if node is None or parent is None or node.parent is None:
            return
        old_parent, old_row = node.parent, node.row()
        position = max(0, min(position, len(parent.children) - (1 if parent is old_parent else 0)))
        if parent is old_parent and position == old_row:
            return
        destination = position + 1 if parent is old_parent and position > old_row else position
        self.beginMoveRows(self._parent_index(old_parent), old_row, old_row, self._parent_index(parent), destination)
        del old_parent.children[old_row]
        parent.children.insert(position, node)
        node.parent = parent
        self.endMoveRows()
        self._renumbered(old_parent, 0)
        if parent is not old_parent:
            self._renumbered(parent, 0)

    # -- drag and drop -----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        nodes = [self.node_at(i) for i in indexes if i.isValid()]
        payload = [{"kind": n.kind, "id": n.id} for n in nodes if n is not None and n.kind in (ACTIVITY, GOAL)]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload[:1]).encode("utf-8")))
        return data

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[Node, Node, int] | None:
        """(dragged node, new parent, position among the others) or None when not allowed."""
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
            dragged = self._by_id.get(payload[0]["id"])
        except (ValueError, LookupError, TypeError):
            return None
        target = self.node_at(parent)
        if dragged is None or target is None:
            return None
        if target.kind == dragged.kind:
            # dropped onto a sibling: take its place
            row, target = target.row(), target.parent
            assert target is not None
        wanted_parent = GOAL if dragged.kind == ACTIVITY else PROGRAMME
        if target.kind != wanted_parent:
            return None
        if dragged.kind == GOAL and target is not dragged.parent:
            return None  # goals are reordered within their programme
        if row < 0:
            row = len(target.children)
        if target is dragged.parent and dragged.row() < row:
            row -= 1
        return dragged, target, row

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if action != Qt.DropAction.MoveAction:
            return False
        found = self._drop_target(data, row, parent)
        if found is None:
            return False
        dragged, target, position = found
        if target is dragged.parent and position == dragged.row():
            return False
        self.move_requested.emit(dragged.kind, dragged.id, target.id, position)
        return True
