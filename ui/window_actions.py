"""The main window's action registry, menus and toolbar: every command once, with its standard shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.i18n import tr as _tr


@dataclass
class WindowActions:
    new_ledger: QAction
    open_ledger: QAction
    connect_server: QAction
    backup: QAction
    data_safety: QAction
    import_xlsx: QAction
    export_xlsx: QAction
    feedback_forms: QAction
    import_returns: QAction
    recycle_bin: QAction
    rollover: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_task: QAction
    new_subtask: QAction
    save_task: QAction
    find: QAction
    progress: QAction
    extend: QAction
    complete: QAction
    close_task: QAction
    reopen: QAction
    evidence: QAction
    sign: QAction
    ask_extension: QAction
    decide_extension: QAction
    return_task: QAction
    remind: QAction
    supervise: QAction  # the editor's 督办 button: a menu of the five above
    instruct: QAction
    instruction_report: QAction
    delete_task: QAction
    print_sheet: QAction
    meeting: QAction
    stats: QAction
    refresh: QAction


def stack_action(window: QMainWindow, stack: QUndoStack, redo: bool) -> QAction:
    """Undo or redo with a fixed label: what it would do goes in the tooltip, so the toolbar never shifts."""
    label = _tr("重做") if redo else _tr("撤销")
    action = QAction(label, window)

    def run() -> None:
        index = stack.index()
        (stack.redo if redo else stack.undo)()
        if stack.index() != index:  # say what was undone or redone: the change may be in a page not shown
            done = stack.text(index if redo else index - 1)
            said = _tr("已重做：{what}") if redo else _tr("已撤销：{what}")
            window.statusBar().showMessage(said.format(what=done), 8000)
    action.triggered.connect(run)

    def describe(text: str) -> None:
        tip = f"{label} {text}" if text else label
        action.setToolTip(tip)
        action.setStatusTip(tip)

    (stack.canRedoChanged if redo else stack.canUndoChanged).connect(action.setEnabled)
    (stack.redoTextChanged if redo else stack.undoTextChanged).connect(describe)
    action.setEnabled(stack.canRedo() if redo else stack.canUndo())
    describe(stack.redoText() if redo else stack.undoText())
    return action


def build_actions(window: QMainWindow, stack: QUndoStack) -> WindowActions:
    def make(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
             tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    undo, redo = stack_action(window, stack, redo=False), stack_action(window, stack, redo=True)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions = WindowActions(
        new_ledger=make(_tr("新建台账文件…"), tip=_tr("另建一个空白台账文件")),
        open_ledger=make(_tr("打开台账文件…"), QKeySequence.StandardKey.Open),
        connect_server=make(_tr("连接服务器…"), tip=_tr("打开办公室内网服务器上几台电脑共用的台账")),
        backup=make(_tr("立即备份"), tip=_tr("把台账复制一份到备份文件夹")),
        data_safety=make(_tr("数据安全…"), tip=_tr("台账文件在哪里、备份情况、检查文件、用备份恢复")),
        import_xlsx=make(_tr("导入 Excel/Word…"), "Ctrl+I",
                         tip=_tr("导入任务分解表、Word 分工方案或科室报回的推进情况表")),
        export_xlsx=make(_tr("导出 Excel…"), tip=_tr("把本年度任务导出为任务分解表（可再导入）")),
        feedback_forms=make(_tr("生成科室反馈表…"),
                            tip=_tr("为每个有未完成任务的科室生成本月反馈表，科室填好后用“导入科室反馈表”收回")),
        import_returns=make(_tr("导入科室反馈表…"),
                            tip=_tr("选择各科室填好报回的反馈表（可多选），按期次一起记入进展")),
        recycle_bin=make(_tr("回收站…"), tip=_tr("查看并恢复删除的任务")),
        rollover=make(_tr("结转到下一年度…"), tip=_tr("把本年度未完成的任务带到下一年度，原年度保持不变")),
        settings=make(_tr("设置…"), tip=_tr("单位名称、提醒规则、科室与人员、备份位置")),
        quit=make(_tr("退出"), QKeySequence.StandardKey.Quit),
        undo=undo, redo=redo,
        new_task=make(_tr("新建任务"), QKeySequence.StandardKey.New),
        new_subtask=make(_tr("新建子任务"), "Ctrl+Shift+N"),
        save_task=make(_tr("保存修改"), QKeySequence.StandardKey.Save),
        find=make(_tr("搜索"), QKeySequence.StandardKey.Find),
        progress=make(_tr("录入进展"), "Ctrl+E", tip=_tr("为选中的任务录入一条进展或复命")),
        extend=make(_tr("延期"), tip=_tr("改动完成时限：须写明理由，原时限保留")),
        complete=make(_tr("办结"), tip=_tr("这项任务已经完成")),
        close_task=make(_tr("销号"), tip=_tr("正式销号（划句号）：须写明销号说明")),
        reopen=make(_tr("重新打开"), tip=_tr("已办结、已销号或暂缓的任务重新推进")),
        evidence=make(_tr("佐证材料…"), tip=_tr("这项任务的佐证材料：附加、打开或删除")),
        sign=make(_tr("签收…"), tip=_tr("牵头科室签收交办的任务：记下签收人和时间")),
        ask_extension=make(_tr("申请延期…"), tip=_tr("申请延至某日并写明理由；审批前原完成时限不变")),
        decide_extension=make(_tr("审批延期申请…"), tip=_tr("同意（完成时限随之改动）或不同意（写明理由）")),
        return_task=make(_tr("退回重办…"), tip=_tr("已办结的任务审核不通过：写明理由，退回推进中，计入考核")),
        remind=make(_tr("催办…"),
                    tip=_tr("记一次提醒、督办单或红色督办单：等级、发送方式（纸质、电话、短信、系统）和日期")),
        supervise=make(_tr("督办"), tip=_tr("签收、申请延期、审批延期申请、退回重办、催办；领导批示和呈报单")),
        instruct=make(_tr("领导批示…"), tip=_tr("记录领导对这项任务的批示，可据此交办新任务")),
        instruction_report=make(_tr("呈报单…"),
                                tip=_tr("把批示件办理情况报告（呈报单）保存为 PDF 或 Word，报送批示领导")),
        delete_task=make(_tr("删除"), tip=_tr("移到回收站，可以在“文件 → 回收站”恢复")),
        print_sheet=make(_tr("打印进展表…"), QKeySequence.StandardKey.Print),
        meeting=make(_tr("会议录入"), "Ctrl+M"),
        stats=make(_tr("统计"), "Ctrl+T"),
        refresh=make(_tr("刷新"), QKeySequence.StandardKey.Refresh),
    )
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(_tr("文件(&F)"))
    for action in (actions.new_ledger, actions.open_ledger, actions.connect_server, None, actions.import_xlsx,
                   actions.export_xlsx, actions.feedback_forms, actions.import_returns, None, actions.backup,
                   actions.data_safety, actions.recycle_bin,
                   actions.rollover, actions.settings, None, actions.print_sheet, None, actions.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = menu_bar.addMenu(_tr("编辑(&E)"))
    for action in (actions.undo, actions.redo, None, actions.new_task, actions.save_task, None, actions.find):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    task_menu = menu_bar.addMenu(_tr("任务(&T)"))
    # A greyed action's tip says why (an account that may not, a finished task): shown in the menu too.
    for menu in (file_menu, edit_menu, task_menu):
        menu.setToolTipsVisible(True)
    for action in (actions.progress, actions.extend, actions.complete, actions.close_task, actions.reopen,
                   actions.evidence, None, actions.instruct, actions.instruction_report, None,
                   actions.new_subtask, actions.delete_task):
        task_menu.addSeparator() if action is None else task_menu.addAction(action)
    steps = QMenu(_tr("督办"), window)
    steps.setToolTipsVisible(True)
    # The editor's nine buttons keep to three rows: 领导批示 and its 呈报单 are under 督办 with the steps.
    for action in (actions.sign, actions.ask_extension, actions.decide_extension, actions.return_task,
                   actions.remind, None, actions.instruct, actions.instruction_report):
        steps.addSeparator() if action is None else steps.addAction(action)
    actions.supervise.setMenu(steps)
    task_menu.insertMenu(actions.new_subtask, steps)
    view_menu = menu_bar.addMenu(_tr("视图(&V)"))
    for action in (actions.meeting, actions.stats, actions.refresh):
        view_menu.addAction(action)
    toolbar = QToolBar(_tr("工具栏"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    for action in (actions.new_task, actions.save_task, actions.progress, None, actions.undo, actions.redo,
                   None, actions.meeting, actions.stats, actions.print_sheet):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(toolbar)
    return actions
