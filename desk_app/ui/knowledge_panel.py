"""The knowledge base page: folders, search as you type, FAQ, and the article reader.

Every query runs on the database worker through `LatestOnly` (one per kind: folder tree,
result list, article), so typing "facturacion" quickly never queues a search per keystroke
and a late answer for "fact" can never replace the one for "factura".

Keyboard (headset work): type to search; ↓ moves into the results and ↑ on the first result
goes back; Enter opens the article in the reader; Escape clears the search (from the
results or the reader it goes back one step); Ctrl+Shift+Enter sends the article to the
reply box through `insertText`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.article_queries import ArticleView, CategoryTree
from desk_app.services.knowledge import KnowledgeService, SearchResult, reply_text
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.kb_category_model import ALL_ARTICLES, CategoryColumn, KbCategoryModel
from desk_app.ui.kb_keys import SearchListKeys
from desk_app.ui.kb_reader import ArticleReader
from desk_app.ui.kb_results import ARTICLE_ID_ROLE, ArticleResultDelegate, ArticleResultsModel
from desk_app.ui.qt_compat import emit

SEARCH_DELAY_MS = 120
_ALL_TAB, _FAQ_TAB = 0, 1


class KnowledgePanel(QWidget):
    # "Copy to reply": the article's summary and body, for the reply box.
    insertText = Signal(str)
    # The reader now shows this article.
    articleOpened = Signal(int)
    # The folder tree and the results for the current search have arrived.
    loaded = Signal()

    def __init__(
        self, runner: DbRunner, service: KnowledgeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgePanel")
        self._service = service
        self._tree_query = LatestOnly(runner)
        self._search_query = LatestOnly(runner)
        self._article_query = LatestOnly(runner)
        self._text = ""
        self._faq_only = False
        self._category: int | None = None
        self._started = False
        self._tree_loaded = False
        self._result: SearchResult | None = None
        self._wanted_article: int | None = None
        self._open_after_search = False
        self._focus_reader_on_open = False
        self._waiters: list[Callable[[], None]] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("kbSearch")
        self.search.setPlaceholderText(
            self.tr("Search the knowledge base: words in the title, summary or text")
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.folders_model = KbCategoryModel(self)
        self.folders = self._make_tree()
        self.modes = QTabBar(self)
        self.modes.setObjectName("kbModes")
        self.modes.setDrawBase(False)
        self.modes.setExpanding(False)
        self.modes.addTab(self.tr("All"))
        self.modes.addTab(self.tr("FAQ"))
        self.modes.setTabToolTip(_FAQ_TAB, self.tr("Frequently asked questions only"))
        self.modes.currentChanged.connect(self._on_mode_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("kbResultCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results_model = ArticleResultsModel(self)
        self.results = self._make_results()
        self.empty = QLabel(self)
        self.empty.setObjectName("kbEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search text
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._results_stack = QStackedWidget(self)
        self._results_stack.addWidget(self.results)
        self._results_stack.addWidget(self.empty)
        self.reader = ArticleReader(self)

        self.copy_action = QAction(self.tr("Copy to reply"), self)
        self.copy_action.setObjectName("kbCopyToReply")
        self.copy_action.setShortcuts([QKeySequence("Ctrl+Shift+Return"),
                                       QKeySequence("Ctrl+Shift+Enter")])  # fmt: skip
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.setToolTip(self.tr("Insert the article into the reply (Ctrl+Shift+Enter)"))
        self.copy_action.setEnabled(False)
        self.copy_action.triggered.connect(self.copy_to_reply)
        self.addAction(self.copy_action)
        self.copy_button = QPushButton(self.copy_action.text(), self)
        self.copy_button.setObjectName("kbCopyButton")
        self.copy_button.setToolTip(self.copy_action.toolTip())
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_action.trigger)

        self._lay_out()
        self._keys = SearchListKeys(
            self.search,
            self.results,
            self.reader.body.editor,
            enter_in_search=self._enter_in_search,
            enter_in_results=lambda: self._open_row(self.results.currentIndex().row(), focus=True),
            parent=self,
        )
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.reader.body.editor)
        QWidget.setTabOrder(self.reader.body.editor, self.folders)
        self.setFocusProxy(self.search)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("kbFolders")
        tree.setModel(self.folders_model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CategoryColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CategoryColumn.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentRowChanged.connect(self._on_folder_changed)
        self.folders_model.modelReset.connect(self._after_tree_reset)
        return tree

    def _make_results(self) -> QListView:
        view = QListView(self)
        view.setObjectName("kbResults")
        view.setModel(self.results_model)
        view.setItemDelegate(ArticleResultDelegate(view))
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.selectionModel().currentRowChanged.connect(self._on_result_changed)
        view.activated.connect(lambda index: self._open_row(index.row(), focus=True))
        return view

    def _lay_out(self) -> None:
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        bar = QHBoxLayout()
        bar.addWidget(self.modes)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        column.addLayout(bar)
        column.addWidget(self._results_stack, 1)
        right = QWidget(self)
        reader_column = QVBoxLayout(right)
        reader_column.setContentsMargins(0, 0, 0, 0)
        reader_column.setSpacing(0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        reader_column.addLayout(buttons)
        reader_column.addWidget(self.reader, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.folders, 0), (middle, 2), (right, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        # Folder names are short: with 220 pixels for them, the titles were cut to a few words.
        splitter.setSizes([190, 320, 410])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)

    # -- public ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (the window's Ctrl+K)."""
        self._start()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Query the folders, the results and the open article again (e.g. after a sync)."""
        self._started = True
        self._tree_loaded = False
        self._tree_query.request(partial(self._service.tree, faq_only=self._faq_only),
                                 self._on_tree)  # fmt: skip
        self._request_search()
        if self.reader.article is not None:
            self.open_article(self.reader.article.id)

    def set_faq_only(self, faq_only: bool) -> None:
        self.modes.setCurrentIndex(_FAQ_TAB if faq_only else _ALL_TAB)

    def open_article(self, article_id: int, *, focus: bool = False) -> None:
        """Load `article_id` into the reader; with `focus`, move the keyboard there."""
        self._wanted_article = article_id
        self._focus_reader_on_open = focus
        self._article_query.request(
            partial(self._service.article, article_id=article_id),
            partial(self._on_article, article_id),
        )

    def copy_to_reply(self) -> None:
        article = self.reader.article
        if article is not None:
            emit(self.insertText, reply_text(article))

    @property
    def current_text(self) -> str:
        return self._text

    @property
    def faq_only(self) -> bool:
        return self._faq_only

    @property
    def category_id(self) -> int | None:
        return self._category

    @property
    def is_loaded(self) -> bool:
        result = self._result
        return (
            self._tree_loaded
            and result is not None
            and (result.text, result.faq_only, result.category_id)
            == (self._text, self._faq_only, self._category)
            and not self._search_timer.isActive()
        )

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once folders and results are on screen (loading them if needed)."""
        self._start()
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def showEvent(self, event: QShowEvent) -> None:
        # Nothing is queried until the page is first shown: it costs the start-up nothing.
        self._start()
        super().showEvent(event)

    # -- queries ---------------------------------------------------------------------------

    def _start(self) -> None:
        if not self._started:
            self.refresh()

    def _request_search(self) -> None:
        # Until the answer arrives the list on screen is stale, even for the same filter
        # (a refresh after a sync): `is_loaded` must not say otherwise.
        self._result = None
        job = partial(self._service.search, text=self._text, faq_only=self._faq_only,
                      category_id=self._category)  # fmt: skip
        self._search_query.request(job, self._on_results)

    def _on_tree(self, tree: CategoryTree) -> None:
        self.folders_model.set_tree(tree)
        self._tree_loaded = True
        if not self.folders.currentIndex().isValid():
            self._select_folder(ALL_ARTICLES)
        self._check_loaded()

    def _after_tree_reset(self) -> None:
        self.folders.expandToDepth(0)
        wanted = ALL_ARTICLES if self._category is None else self._category
        if not self.folders_model.index_of(wanted).isValid():
            wanted = ALL_ARTICLES  # the folder went away with a sync
        self._select_folder(wanted)

    def _select_folder(self, key: int) -> None:
        index = self.folders_model.index_of(key)
        if index.isValid():
            self.folders.setCurrentIndex(index)

    def _on_results(self, result: SearchResult) -> None:
        self._result = result
        self.results_model.set_hits(result.hits)
        hits = len(result.hits)
        if result.is_truncated:
            self.count_label.setText(self.tr("First %1 articles").replace(
                "%1", QLocale().toString(hits)))  # fmt: skip
        elif hits == 1:
            self.count_label.setText(self.tr("1 article"))
        else:
            self.count_label.setText(self.tr("%n articles", "", hits))
        if hits:
            self._results_stack.setCurrentWidget(self.results)
            shown = self.reader.article
            row = self.results_model.row_of(shown.id) if shown is not None else None
            if self._open_after_search:
                row = 0
            if row is None:
                row = 0  # preview the best match while the user is still typing
            self.results.setCurrentIndex(self.results_model.index(row))
            if self._open_after_search:
                self._open_row(row, focus=True)
        else:
            self.empty.setText(self._empty_text(result))
            self._results_stack.setCurrentWidget(self.empty)
        self._open_after_search = False
        self._check_loaded()

    def _empty_text(self, result: SearchResult) -> str:
        if result.text.strip():
            return self.tr("No articles match “%1”.").replace("%1", result.text.strip())
        if result.faq_only:
            return self.tr("No frequently asked questions here.")
        if result.category_id is not None:
            return self.tr("This folder has no articles.")
        return self.tr(
            "The knowledge base is empty.\n\n"
            "Articles arrive with the first sync, or try the demo: desk-app --demo"
        )

    def _on_article(self, article_id: int, view: ArticleView | None) -> None:
        if article_id != self._wanted_article:
            return
        self.reader.show_article(view, missing=view is None)
        self.copy_action.setEnabled(view is not None)
        self.copy_button.setEnabled(view is not None)
        if view is None:
            return
        if self._focus_reader_on_open:
            self.reader.focus_body()
        emit(self.articleOpened, article_id)

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- user actions ----------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        if text == self._text and self._result is not None:
            self._check_loaded()  # the timer no longer holds `is_loaded` back
            return
        self._text = text
        self._request_search()

    def _on_mode_changed(self, index: int) -> None:
        faq_only = index == _FAQ_TAB
        if faq_only == self._faq_only:
            return
        self._faq_only = faq_only
        if self._started:
            self.refresh()

    def _on_folder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.folders_model.key(current)
        category = None if key == ALL_ARTICLES else key
        if category == self._category:
            return
        self._category = category
        self._request_search()

    def _on_result_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        article_id = int(current.data(ARTICLE_ID_ROLE))
        if article_id != self._wanted_article:
            self.open_article(article_id)

    def _enter_in_search(self) -> None:
        if self._search_timer.isActive() or self._search_query.busy:
            self._open_after_search = True  # open the best match once it has arrived
            self._apply_search()
        else:
            self._open_row(max(self.results.currentIndex().row(), 0), focus=True)

    def _open_row(self, row: int, *, focus: bool) -> None:
        hit = self.results_model.hit(row)
        if hit is None:
            return
        shown = self.reader.article
        if shown is not None and shown.id == hit.id and self._wanted_article == hit.id:
            if focus:
                self.reader.focus_body()
            return
        self.open_article(hit.id, focus=focus)
