<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>落实台账</source>
        <translation>Luoshi Ledger</translation>
    </message>
    <message>
        <source>无法创建台账</source>
        <translation>Cannot create the ledger</translation>
    </message>
    <message>
        <source>台账文件 (*.sqlite);;所有文件 (*)</source>
        <translation>Ledger files (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>新建台账文件</source>
        <translation>New ledger file</translation>
    </message>
    <message>
        <source>打开台账文件</source>
        <translation>Open ledger file</translation>
    </message>
    <message>
        <source>{year}年重点工作任务分解表.xlsx</source>
        <translation>{year} key task breakdown.xlsx</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出到 {path}：{error}</source>
        <translation>Cannot export to {path}: {error}</translation>
    </message>
    <message>
        <source>已导出：{path}（任务{count}）</source>
        <translation>Exported: {path} (tasks: {count})</translation>
    </message>
    <message>
        <source>本年度没有未完成的任务，不需要反馈表。</source>
        <translation>No unfinished tasks this year: no feedback forms are needed.</translation>
    </message>
    <message>
        <source>选择保存反馈表的文件夹</source>
        <translation>Choose a folder for the feedback forms</translation>
    </message>
    <message>
        <source>{section}{year}年{month}月反馈表</source>
        <translation>{section} feedback form {year}-{month}</translation>
    </message>
    <message>
        <source>未命名科室</source>
        <translation>Unnamed section</translation>
    </message>
    <message>
        <source>生成科室反馈表</source>
        <translation>Section feedback forms</translation>
    </message>
    <message>
        <source>文件夹里已有 {count} 份同名反馈表（如“{first}”），要替换吗？</source>
        <translation>The folder already holds {count} forms of the same name (such as &quot;{first}&quot;). Replace them?</translation>
    </message>
    <message>
        <source>正在生成反馈表 {n}/{total}：{section}</source>
        <translation>Writing feedback form {n}/{total}: {section}</translation>
    </message>
    <message>
        <source>无法写入 {path}：{error}（已生成 {count} 份）</source>
        <translation>Cannot write {path}: {error} ({count} written)</translation>
    </message>
    <message>
        <source>已生成 {count} 份反馈表（{period}），在 {folder}</source>
        <translation>{count} feedback forms written ({period}) in {folder}</translation>
    </message>
    <message>
        <source>已经有这个文件了，请换一个文件名，或用“打开台账文件”打开它。</source>
        <translation>That file already exists: choose another name, or open it with &quot;Open ledger file&quot;.</translation>
    </message>
    <message>
        <source>单位名称（印在报表抬头）：</source>
        <translation>Organisation (printed at the top of sheets):</translation>
    </message>
    <message>
        <source>台账年度：</source>
        <translation>Ledger year:</translation>
    </message>
    <message>
        <source>无法生成示例台账：{error}</source>
        <translation>Cannot create the example ledger: {error}</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
    <message>
        <source>服务器上的台账用命令恢复：main.py restore &lt;备份文件&gt; --db {place}（服务器上原有的内容会先备份成文件）。</source>
        <translation>A ledger on a server is restored with a command: main.py restore &lt;backup file&gt; --db {place} (what the server holds is first backed up as a file).</translation>
    </message>
    <message>
        <source>已用备份恢复；原来的文件保留为：{path}</source>
        <translation>Restored from the backup; the previous file is kept as: {path}</translation>
    </message>
    <message>
        <source>把{old}年未完成的任务{n}结转到{new}年吗？
{old}年的记录保持不变，结转的任务保留与原任务的联系。</source>
        <translation>Carry the unfinished tasks of {old} ({n}) over to {new}?
The {old} records stay as they are; each carried task keeps its link to the original.</translation>
    </message>
    <message>
        <source>结转到下一年度</source>
        <translation>Carry over to next year</translation>
    </message>
    <message>
        <source>已结转到{year}年。</source>
        <translation>Carried over to {year}.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原来</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>After</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>新来源（督查记录）</source>
        <translation>New sources (inspection records)</translation>
    </message>
    <message>
        <source>新科室</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>新部外单位</source>
        <translation>New outside unit</translation>
    </message>
    <message>
        <source>泛指</source>
        <translation>General</translation>
    </message>
    <message>
        <source>新人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>Lead section</translation>
    </message>
    <message>
        <source>配合科室</source>
        <translation>Co-sections</translation>
    </message>
    <message>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>对应编号</source>
        <translation>Task no.</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>改为状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>台账文件已损坏</source>
        <translation>The ledger file is damaged</translation>
    </message>
    <message>
        <source>找不到台账文件</source>
        <translation>Ledger file not found</translation>
    </message>
    <message>
        <source>损坏的文件会改名保留，不会删除。</source>
        <translation>The damaged file is kept under another name, never deleted.</translation>
    </message>
    <message>
        <source>现在用这份副本恢复吗？</source>
        <translation>Restore from this copy now?</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <source>密码连续 {n} 次不对，没有连接。</source>
        <translation>The password was wrong {n} times in a row; not connected.</translation>
    </message>
    <message>
        <source>服务器密码</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>{place} 的密码：</source>
        <translation>Password for {place}:</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{field}：对方改为「{theirs}」，你改为「{mine}」（原来是「{seen}」）</source>
        <translation>{field}: they changed it to &quot;{theirs}&quot;, you to &quot;{mine}&quot; (it was &quot;{seen}&quot;)</translation>
    </message>
    <message>
        <source>别人已经改过这项任务</source>
        <translation>Someone else has changed this task</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <source>采用对方的修改</source>
        <translation>Take their changes</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>这台电脑上没有可以显示中文的字体，界面文字可能显示为方框。请安装中文字体（如文泉驿微米黑 fonts-wqy-microhei），或使用带字体的安装包。</source>
        <translation>This PC has no font that shows Chinese: text may appear as boxes. Install a Chinese font (such as WenQuanYi Micro Hei, fonts-wqy-microhei) or use the package that brings one.</translation>
    </message>
    <message>
        <source>不参与排名（{why}）</source>
        <translation>Not ranked ({why})</translation>
    </message>
    <message>
        <source>（{note}）</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>牵头任务</source>
        <translation>Tasks led</translation>
    </message>
    <message>
        <source>配合任务</source>
        <translation>Co-operating</translation>
    </message>
    <message>
        <source>基础分</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>加分</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>减分</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>等次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>应复命{expected}期，按期或迟报{reported}期</source>
        <translation>Reports owed: {expected}; sent (on time or late): {reported}</translation>
    </message>
    <message>
        <source>双击查看加减分明细</source>
        <translation>Double-click for the points line by line</translation>
    </message>
    <message>
        <source>任务或问题</source>
        <translation>Task or problem</translation>
    </message>
    <message>
        <source>加减分事项</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>任务总数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>本期未反馈</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>按时完成率</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>完成整改</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>{name}（部外）</source>
        <translation>{name} (outside)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>部外单位牵头的任务：单独列出，不参加科室排名</source>
        <translation>Tasks led by a unit outside the department: listed apart, not ranked</translation>
    </message>
    <message>
        <source>点击查看这些任务</source>
        <translation>Click to show these tasks</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>其中已销号</source>
        <translation>of which closed</translation>
    </message>
    <message>
        <source>整改逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>整改率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>销号评价</source>
        <translation>Rating at closing</translation>
    </message>
    <message>
        <source>到期按时率</source>
        <translation>On time when due</translation>
    </message>
    <message>
        <source>问题整改率</source>
        <translation>Problems put right</translation>
    </message>
    <message>
        <source>复命率</source>
        <translation>Reports on time</translation>
    </message>
    <message>
        <source>考核得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>找回了上次没有保存的修改（{when}）：按 Ctrl+S 保存，不要的话点“放弃修改”。</source>
        <translation>Unsaved changes from last time were recovered ({when}): press Ctrl+S to save them, or &quot;Discard changes&quot;.</translation>
    </message>
    <message>
        <source>完成时限不是日期</source>
        <translation>The deadline is not a date</translation>
    </message>
    <message>
        <source>完成时限没有保存：请写成日期，如“6月底前”“下周五前”。</source>
        <translation>The deadline was not saved: write it as a date, such as “6月底前” or “下周五前”.</translation>
    </message>
    <message>
        <source>新建任务</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>已新建任务</source>
        <translation>Created task</translation>
    </message>
    <message>
        <source>新建子任务</source>
        <translation>New subtask</translation>
    </message>
    <message>
        <source>已新建子任务</source>
        <translation>Created subtask</translation>
    </message>
    <message>
        <source>{done} {code}；当前视图（{view}）未显示它，在“{all}”中可以找到</source>
        <translation>{done} {code}; the current view ({view}) does not list it — find it under “{all}”</translation>
    </message>
    <message>
        <source>· {title}（{status}）</source>
        <translation>· {title} ({status})</translation>
    </message>
    <message>
        <source>……另有 {count} 项</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>「{title}」下还有 {count} 项子任务没有办结：
{shown}

仍要{verb}这项任务吗？子任务保持原状。</source>
        <translation>&quot;{title}&quot; still has {count} unfinished subtasks:
{shown}

{verb} this task anyway? The subtasks stay as they are.</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>已交办</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>批示件办理情况报告{code}</source>
        <translation>Instruction report {code}</translation>
    </message>
    <message>
        <source>保存呈报单</source>
        <translation>Save report to leader</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF files (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
        <source>无法保存：{error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <source>呈报单已保存：{path}</source>
        <translation>Report to leader saved: {path}</translation>
    </message>
    <message>
        <source>{status}（整改逾期）</source>
        <translation>{status} (overdue)</translation>
    </message>
    <message>
        <source>{status}（临期）</source>
        <translation>{status} (due soon)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>关联任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>责任科室</source>
        <translation>Responsible section</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{day}，审核人：{who}。{note}</source>
        <translation>{day}, approved by {who}. {note}</translation>
    </message>
    <message>
        <source>问题 {n}</source>
        <translation>Problem {n}</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>尚未报送整改情况。</source>
        <translation>No report yet.</translation>
    </message>
    <message>
        <source>督查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>到访科室/单位</source>
        <translation>Units visited</translation>
    </message>
    <message>
        <source>检查的任务</source>
        <translation>Tasks checked</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>列入问题清单（{n}个）</source>
        <translation>Problems listed ({n})</translation>
    </message>
    <message>
        <source>还没有列出问题：选中这条记录后点“列为问题…”。</source>
        <translation>No problems listed yet: select this record and click “List a problem…”.</translation>
    </message>
    <message>
        <source>（连同它的 {count} 项子任务）</source>
        <translation> (with its {count} subtasks)</translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>把「{title}」{with_subtasks}移到回收站吗？
可以在“文件 → 回收站”恢复。</source>
        <translation>Move &quot;{title}&quot;{with_subtasks} to the recycle bin?
It can be restored from File → Recycle bin.</translation>
    </message>
    <message>
        <source>理解为：{day}前完成</source>
        <translation>Read as: done by {day}</translation>
    </message>
    <message>
        <source>理解为：长期坚持，按月反馈</source>
        <translation>Read as: ongoing, reported monthly</translation>
    </message>
    <message>
        <source>理解为：定期任务，按周期反馈</source>
        <translation>Read as: recurring, reported each cycle</translation>
    </message>
    <message>
        <source>未能识别为日期：将原样保存，按月反馈，不判逾期</source>
        <translation>Not read as a date: kept as written, reported on monthly, never overdue</translation>
    </message>
    <message>
        <source>“{text}”不是能识别的日期：保存后这项按月反馈，不判逾期。
要按日期督办，请写成日期，如“6月底前”“12月20日前”“下周五前”。

确定这样保存吗？</source>
        <translation>“{text}” is not a date the program can read: saved like this, the task is reported on monthly and is never overdue.
To supervise it by a date, write a date such as “6月底前”, “12月20日前” or “下周五前”.

Save it like this?</translation>
    </message>
    <message>
        <source>不是日期也保存：按月反馈，不判逾期</source>
        <translation>Save it though it is no date: reported on monthly, never overdue</translation>
    </message>
    <message>
        <source>未能识别为日期：延期须写明日期</source>
        <translation>Not read as a date: an extension needs a date</translation>
    </message>
    <message>
        <source>延期须写明新的日期，如“12月20日前”“下周五前”“本月底前”。</source>
        <translation>An extension needs a new date, such as “12月20日前”, “下周五前” or “本月底前”.</translation>
    </message>
    <message>
        <source>“{text}”不是能识别的日期：写成日期（如“6月底前”“下周五前”），或勾选“不是日期也保存”。</source>
        <translation>“{text}” is not a date the program can read: write a date (such as “6月底前” or “下周五前”), or tick “Save it though it is no date”.</translation>
    </message>
    <message>
        <source>未填写完成时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>灯</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>上期进展</source>
        <translation>Last period&apos;s progress</translation>
    </message>
    <message>
        <source>本期进展</source>
        <translation>This period&apos;s progress</translation>
    </message>
    <message>
        <source>（{period}）{text}</source>
        <translation>({period}) {text}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>【{pace}】{text}</source>
        <translation>[{pace}] {text}</translation>
    </message>
    <message>
        <source>（本期未反馈）</source>
        <translation>(no report this period)</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>最近进展</source>
        <translation>Latest report</translation>
    </message>
    <message>
        <source>{name} {count} · 逾期{overdue} · 未反馈{silent}</source>
        <translation>{name} {count} · overdue {overdue} · no report {silent}</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{period}，{pace}</source>
        <translation>{period}, {pace}</translation>
    </message>
    <message>
        <source>期次</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>已重做：{what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <source>已撤销：{what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>新建台账文件…</source>
        <translation>New ledger file…</translation>
    </message>
    <message>
        <source>另建一个空白台账文件</source>
        <translation>Start another, empty ledger file</translation>
    </message>
    <message>
        <source>打开台账文件…</source>
        <translation>Open ledger file…</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>打开办公室内网服务器上几台电脑共用的台账</source>
        <translation>Open the ledger several PCs share on the office network&apos;s server</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>把台账复制一份到备份文件夹</source>
        <translation>Copy the ledger into the backup folder</translation>
    </message>
    <message>
        <source>数据安全…</source>
        <translation>Data safety…</translation>
    </message>
    <message>
        <source>台账文件在哪里、备份情况、检查文件、用备份恢复</source>
        <translation>Where the ledger is, its backups, checks, restoring from a backup</translation>
    </message>
    <message>
        <source>导入 Excel/Word…</source>
        <translation>Import Excel/Word…</translation>
    </message>
    <message>
        <source>导入任务分解表、Word 分工方案或科室报回的推进情况表</source>
        <translation>Import a task breakdown, a Word plan or a section&apos;s progress return</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>把本年度任务导出为任务分解表（可再导入）</source>
        <translation>Export this year&apos;s tasks as a breakdown (it imports back)</translation>
    </message>
    <message>
        <source>生成科室反馈表…</source>
        <translation>Section feedback forms…</translation>
    </message>
    <message>
        <source>为每个有未完成任务的科室生成本月反馈表，科室填好后用“导入科室反馈表”收回</source>
        <translation>A feedback form for this month for every section with open tasks; bring them back with &quot;Import returned forms&quot;</translation>
    </message>
    <message>
        <source>导入科室反馈表…</source>
        <translation>Import returned forms…</translation>
    </message>
    <message>
        <source>选择各科室填好报回的反馈表（可多选），按期次一起记入进展</source>
        <translation>Choose the forms the sections filled in and returned (several at once) and enter them for their period</translation>
    </message>
    <message>
        <source>回收站…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <source>查看并恢复删除的任务</source>
        <translation>See and restore deleted tasks</translation>
    </message>
    <message>
        <source>结转到下一年度…</source>
        <translation>Carry over to next year…</translation>
    </message>
    <message>
        <source>把本年度未完成的任务带到下一年度，原年度保持不变</source>
        <translation>Bring this year&apos;s unfinished tasks into next year; this year stays as it is</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>单位名称、提醒规则、科室与人员、备份位置</source>
        <translation>Organisation, reminder rules, sections and people, backup folder</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>录入进展</source>
        <translation>Enter progress</translation>
    </message>
    <message>
        <source>为选中的任务录入一条进展或复命</source>
        <translation>Enter a progress report or report-back for the selected task</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>改动完成时限：须写明理由，原时限保留</source>
        <translation>Change the deadline: a reason is required, the original is kept</translation>
    </message>
    <message>
        <source>这项任务已经完成</source>
        <translation>This task is done</translation>
    </message>
    <message>
        <source>正式销号（划句号）：须写明销号说明</source>
        <translation>Close formally: a closing note is required</translation>
    </message>
    <message>
        <source>签收、申请延期、审批延期申请、退回重办、催办；领导批示和呈报单</source>
        <translation>Sign for, request an extension, decide it, return for rework, chase; leader instructions and the report back</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>已办结、已销号或暂缓的任务重新推进</source>
        <translation>Put a completed, closed or suspended task back to work</translation>
    </message>
    <message>
        <source>佐证材料…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>这项任务的佐证材料：附加、打开或删除</source>
        <translation>This task&apos;s evidence: attach, open or remove</translation>
    </message>
    <message>
        <source>签收…</source>
        <translation>Sign for…</translation>
    </message>
    <message>
        <source>牵头科室签收交办的任务：记下签收人和时间</source>
        <translation>The lead section signs for the assigned task: who signed and when are recorded</translation>
    </message>
    <message>
        <source>申请延期…</source>
        <translation>Request extension…</translation>
    </message>
    <message>
        <source>申请延至某日并写明理由；审批前原完成时限不变</source>
        <translation>Ask for a later date with a reason; the original deadline stands until it is approved</translation>
    </message>
    <message>
        <source>审批延期申请…</source>
        <translation>Decide extension request…</translation>
    </message>
    <message>
        <source>同意（完成时限随之改动）或不同意（写明理由）</source>
        <translation>Approve (the deadline moves) or refuse (with a reason)</translation>
    </message>
    <message>
        <source>退回重办…</source>
        <translation>Return for rework…</translation>
    </message>
    <message>
        <source>已办结的任务审核不通过：写明理由，退回推进中，计入考核</source>
        <translation>A completed task that fails review: give a reason; it goes back to in progress and counts in the assessment</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Chase…</translation>
    </message>
    <message>
        <source>记一次提醒、督办单或红色督办单：等级、发送方式（纸质、电话、短信、系统）和日期</source>
        <translation>Record a reminder, notice or red notice: level, how sent (paper, phone, text, system) and date</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>领导批示…</source>
        <translation>Leader instruction…</translation>
    </message>
    <message>
        <source>记录领导对这项任务的批示，可据此交办新任务</source>
        <translation>Record a leader&apos;s instruction on this task; a new task can be assigned from it</translation>
    </message>
    <message>
        <source>呈报单…</source>
        <translation>Report to leader…</translation>
    </message>
    <message>
        <source>把批示件办理情况报告（呈报单）保存为 PDF 或 Word，报送批示领导</source>
        <translation>Save the report on the instruction as PDF or Word, for the leader who gave it</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>移到回收站，可以在“文件 → 回收站”恢复</source>
        <translation>Move to the recycle bin (File → Recycle bin restores it)</translation>
    </message>
    <message>
        <source>打印进展表…</source>
        <translation>Print progress sheet…</translation>
    </message>
    <message>
        <source>会议录入</source>
        <translation>Meeting entry</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>任务(&amp;T)</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>操作没有完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>程序出了一个错误，这次操作可能没有完成：{error}

详细情况已记入 {path}。</source>
        <translation>The program met an error and this action may not have been done: {error}

The details were written to {path}.</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>另有 {n} 个错误，也已记录。</source>
        <translation>{n} more errors were also logged.</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>最新整改情况</source>
        <translation>Latest report</translation>
    </message>
    <message>
        <source>（尚未报送）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>{status}·逾期</source>
        <translation>{status} · overdue</translation>
    </message>
    <message>
        <source>{status}·临期</source>
        <translation>{status} · due soon</translation>
    </message>
    <message>
        <source>（{count}个问题，完成整改{solved}个</source>
        <translation> ({count} problems, {solved} put right</translation>
    </message>
    <message>
        <source>，逾期{late}个）</source>
        <translation>, {late} overdue)</translation>
    </message>
    <message>
        <source>）</source>
        <translation>)</translation>
    </message>
    <message>
        <source>{day} {kind}：{title}</source>
        <translation>{day} {kind}: {title}</translation>
    </message>
    <message>
        <source>文档和图片 ({patterns})</source>
        <translation>Documents and pictures ({patterns})</translation>
    </message>
    <message>
        <source>“{name}”没有附加：这次选中的文件合计超过 {limit}，请分几次附加。</source>
        <translation>“{name}” was not attached: the files chosen this time add up to more than {limit}; attach them in turns.</translation>
    </message>
    <message>
        <source>无法读取“{name}”：{error}</source>
        <translation>Cannot read “{name}”: {error}</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>用于</source>
        <translation>For</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>{purpose}（{day}）</source>
        <translation>{purpose} ({day})</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>这台电脑没有设置打印机。请先在系统中添加打印机；也可以用“另存为 PDF…”保存后，用阅读器打印。</source>
        <translation>This PC has no printer set up. Add one in the system first, or use “Save as PDF…” and print from a reader.</translation>
    </message>
    <message>
        <source>正在送往打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>正在送往打印机：第 {done} 页，共 {total} 页</source>
        <translation>Sending to the printer: page {done} of {total}</translation>
    </message>
    <message>
        <source>查找范围：</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>文件名：</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>文件类型：</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{label}
已读取 {rows} 行</source>
        <translation>{label}
{rows} rows read</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{tip}（{reason}）</source>
        <translation>{tip} ({reason})</translation>
    </message>
    <message>
        <source>可办理全部事项</source>
        <translation>may do everything</translation>
    </message>
    <message>
        <source>填报本科室牵头或配合任务的进展和本科室问题的整改</source>
        <translation>reports on the tasks the section leads or helps with, and its own problems&apos; rectification</translation>
    </message>
    <message>
        <source>查看和打印；以本人名义审批延期申请、退回重办、记录批示</source>
        <translation>may view and print; decides extension requests, returns for rework and records instructions in their own name</translation>
    </message>
    <message>
        <source>只能查看和打印</source>
        <translation>may only view and print</translation>
    </message>
    <message>
        <source>账号 {login}（{role}）</source>
        <translation>Account {login} ({role})</translation>
    </message>
    <message>
        <source>分管领导账号以本人名义办理</source>
        <translation>A leader-in-charge account acts in its own name</translation>
    </message>
    <message>
        <source>与服务器的连接中断，正在重试…</source>
        <translation>Connection to the server lost, retrying…</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>现在就再连接一次服务器</source>
        <translation>Connect to the server again now</translation>
    </message>
    <message>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>导入巡察、审计、督查反馈问题的整改台账，或把问题清单导出为整改台账发给科室</source>
        <translation>Import the rectification ledger of problems found by inspection, audit or supervision, or export the problem list as one for the sections</translation>
    </message>
    <message>
        <source>导入整改台账…</source>
        <translation>Import rectification ledger…</translation>
    </message>
    <message>
        <source>导出整改台账…</source>
        <translation>Export rectification ledger…</translation>
    </message>
    <message>
        <source>{year}年问题整改台账.xlsx</source>
        <translation>{year} rectification ledger.xlsx</translation>
    </message>
    <message>
        <source>导出整改台账</source>
        <translation>Export rectification ledger</translation>
    </message>
    <message>
        <source>已导出整改台账：{path}（问题 {count} 个）</source>
        <translation>Rectification ledger exported: {path} ({count} problems)</translation>
    </message>
    <message>
        <source>
另有 {count} 个问题没有来源（督查记录），未导出：请在问题清单中为它们选定来源。</source>
        <translation>
{count} more problems have no source (inspection record) and were not exported: choose a source for them in the problem list.</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>同意延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source>不同意延期</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <source>退回重办</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>催办（发出{title}）</source>
        <translation>Reminder (issued {title})</translation>
    </message>
    <message>
        <source>已记录提醒（{how}）</source>
        <translation>Reminder recorded ({how})</translation>
    </message>
    <message>
        <source>当天已记录过这条提醒（{how}），未重复记录</source>
        <translation>This reminder ({how}) was already recorded today; not recorded again</translation>
    </message>
    <message>
        <source>已发出{title}（{how}）。打印：文件 → 打印进展表…，报表选“督办单”</source>
        <translation>Sent {title} ({how}). To print: File → Print progress sheet…, report “Supervision notice”</translation>
    </message>
    <message>
        <source>{title}尚未办结，已记为{how}催办</source>
        <translation>{title} is still open; recorded as a chase by {how}</translation>
    </message>
    <message>
        <source>{title}当天已记录过（{how}），未重复记录</source>
        <translation>{title} ({how}) was already recorded today; not recorded again</translation>
    </message>
    <message>
        <source>已有完成时限：改动请用“延期”按钮并写明理由</source>
        <translation>It has a deadline: to change it, use “Extend” and give the reason</translation>
    </message>
    <message>
        <source>{reading}（改动请用“延期”按钮）</source>
        <translation>{reading} (to change it, use “Extend”)</translation>
    </message>
</context>
<context>
    <name>AskExtensionDialog</name>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>现完成时限：</source>
        <translation>Current deadline:</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>已过完成时限：这是一份逾期申请</source>
        <translation>The deadline has passed: this is a late request</translation>
    </message>
    <message>
        <source>如：9月底前、12月20日前</source>
        <translation>e.g. 9月底前, 12月20日前</translation>
    </message>
    <message>
        <source>申请延至：</source>
        <translation>Extend to:</translation>
    </message>
    <message>
        <source>延期理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>申请科室：</source>
        <translation>Applying section:</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>申请人，如 李明（不填只记科室）</source>
        <translation>Applicant, e.g. Li Ming (blank: the section only)</translation>
    </message>
    <message>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>申请日期：</source>
        <translation>Date applied:</translation>
    </message>
    <message>
        <source>审批前，原完成时限不变（红黄灯和考核都按原时限）。</source>
        <translation>Until approved the original deadline stands (lights and assessment use it).</translation>
    </message>
    <message>
        <source>请填写申请延至的日期。</source>
        <translation>Fill in the date asked for.</translation>
    </message>
</context>
<context>
    <name>AssessmentRulesTab</name>
    <message>
        <source>这是{year}年设置的考核办法</source>
        <translation>the rules set for {year}</translation>
    </message>
    <message>
        <source>还没有设置过，显示的是程序默认的考核办法</source>
        <translation>none set yet: the program&apos;s default is shown</translation>
    </message>
    <message>
        <source>{year}年考核办法（{kept}；保存后从{year}年起适用，以前年度的排名不变）。考核得分 = 基础分 + 各项加减分，不超过最高分、不低于0分；本年度没有承办任务的科室不参与排名。</source>
        <translation>Assessment rules for {year} ({kept}; once saved they apply from {year} on, and earlier years keep their rankings). Score = base + the points of every event, at most the maximum and at least 0; a section with no task this year is not ranked.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>计分方式</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>基础分</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>最高分</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>从好到差，用逗号分开；“=”后是按比率加权时的分值（0–100），不写则自动按等差给分</source>
        <translation>Best first, separated by commas; after &quot;=&quot; the points used by the weighted rates (0–100); without them the points fall in equal steps</translation>
    </message>
    <message>
        <source>评价等次</source>
        <translation>Rating words</translation>
    </message>
    <message>
        <source>销号时必须附上佐证材料</source>
        <translation>Closing needs evidence attached</translation>
    </message>
    <message>
        <source>加减分（减分写负数）</source>
        <translation>Points (a deduction is negative)</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>Lead section</translation>
    </message>
    <message>
        <source>配合科室</source>
        <translation>Co-sections</translation>
    </message>
    <message>
        <source>销号评价为“{word}”（每项任务或子任务）</source>
        <translation>Closing rated &quot;{word}&quot; (each task or subtask)</translation>
    </message>
    <message>
        <source>等次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>不低于</source>
        <translation>from</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>第一等次不超过参与排名科室的</source>
        <translation>The first tier goes to at most this share of ranked sections</translation>
    </message>
    <message>
        <source>按比率加权时的权重</source>
        <translation>Weights of the weighted rates</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>销号</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>如：经核实已全部完成，材料已归档</source>
        <translation>e.g. verified as fully done, papers filed</translation>
    </message>
    <message>
        <source>（不评价）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>评价意见（可不填）</source>
        <translation>Rating note (optional)</translation>
    </message>
    <message>
        <source>销号说明：</source>
        <translation>Closing note:</translation>
    </message>
    <message>
        <source>审核人：</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>评价：</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>评价意见：</source>
        <translation>Rating note:</translation>
    </message>
    <message>
        <source>佐证材料（必附）：</source>
        <translation>Evidence (required):</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>按本台账的设置，销号需要附上佐证材料：请点“附加文件…”选择。</source>
        <translation>This ledger requires evidence to close a task: click “Attach files…”.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>如：方案已印发，6月20日召开部署会，各项措施已落实</source>
        <translation>e.g. The plan was issued, the launch meeting held on 20 June, every measure carried out</translation>
    </message>
    <message>
        <source>办结情况：</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>办结日期：</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <source>各科室完成率</source>
        <translation>Completion by section</translation>
    </message>
    <message>
        <source>暂无可统计的任务</source>
        <translation>No tasks to count yet</translation>
    </message>
    <message>
        <source>{rate:.0f}%（{done}/{total}）</source>
        <translation>{rate:.0f}% ({done}/{total})</translation>
    </message>
</context>
<context>
    <name>DataSafetyDialog</name>
    <message>
        <source>数据安全</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>台账文件：</source>
        <translation>Ledger file:</translation>
    </message>
    <message>
        <source>文件大小：</source>
        <translation>File size:</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>最近一次备份：</source>
        <translation>Latest backup:</translation>
    </message>
    <message>
        <source>完整性检查：</source>
        <translation>Integrity check:</translation>
    </message>
    <message>
        <source>上次完整检查：</source>
        <translation>Last full check:</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>完整检查</source>
        <translation>Full check</translation>
    </message>
    <message>
        <source>逐页检查整个文件和各表之间的引用，需要几秒钟</source>
        <translation>Checks every page of the file and every reference between tables; takes a few seconds</translation>
    </message>
    <message>
        <source>用选中的备份恢复…</source>
        <translation>Restore from the selected backup…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备份（新的在前；每天第一次打开时自动备份一份）：</source>
        <translation>Backups (newest first; one is made automatically at the first opening each day):</translation>
    </message>
    <message>
        <source>还没有备份，请立即备份一份。</source>
        <translation>No backup yet: please back up now.</translation>
    </message>
    <message>
        <source>{when}，完好</source>
        <translation>{when}, sound</translation>
    </message>
    <message>
        <source>还没有做过（点“完整检查”，需要几秒钟）</source>
        <translation>Not done yet (click &quot;Full check&quot;, a few seconds)</translation>
    </message>
    <message>
        <source>{when}&#x3000;{reason}&#x3000;{size}</source>
        <translation>{when}  {reason}  {size}</translation>
    </message>
    <message>
        <source>&#x3000;内容截至 {when}</source>
        <translation>  content as of {when}</translation>
    </message>
    <message>
        <source>本次还没有检查</source>
        <translation>Not checked this time</translation>
    </message>
    <message>
        <source>打开时快速检查</source>
        <translation>quick check on opening</translation>
    </message>
    <message>
        <source>完好（{kind}，{when}）</source>
        <translation>Sound ({kind}, {when})</translation>
    </message>
    <message>
        <source>发现问题（{kind}，{when}）：{problems}。请用最近的备份恢复。</source>
        <translation>Problems found ({kind}, {when}): {problems}. Please restore the latest backup.</translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
    <message>
        <source>正在检查整个文件……</source>
        <translation>Checking the whole file…</translation>
    </message>
    <message>
        <source>检查完毕。</source>
        <translation>Check finished.</translation>
    </message>
    <message>
        <source>用 {when} 的备份替换现在的台账吗？
此后录入的内容会不在恢复后的台账里；现在的文件会改名保留在原处，不会删除。</source>
        <translation>Replace the ledger with the backup of {when}?
What was entered since will not be in the restored ledger; the current file is kept under another name, never deleted.</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <source>审批延期申请</source>
        <translation>Decide extension request</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>the lead section</translation>
    </message>
    <message>
        <source>{section}（{who}）</source>
        <translation>{section} ({who})</translation>
    </message>
    <message>
        <source>{day}，{who}申请延至{to}</source>
        <translation>{day}, {who} asked for {to}</translation>
    </message>
    <message>
        <source>（逾期申请）</source>
        <translation>(late request)</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>现完成时限：</source>
        <translation>Current deadline:</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>申请：</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>审批人，如分管领导（不填为录入人）</source>
        <translation>Approver, e.g. the leader in charge (blank: the person entering)</translation>
    </message>
    <message>
        <source>审批意见：</source>
        <translation>Decision note:</translation>
    </message>
    <message>
        <source>审批人：</source>
        <translation>Approver:</translation>
    </message>
    <message>
        <source>意见或理由：</source>
        <translation>Note or reason:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>进展情况太长：{count} 个字，最多 {limit} 个字，未导入。</source>
        <translation>Progress text too long: {count} characters, at most {limit}; not imported.</translation>
    </message>
    <message>
        <source>在台账中找不到这项任务（编号和任务内容都对不上），未导入。</source>
        <translation>No such task in the ledger (neither the number nor the text matches); not imported.</translation>
    </message>
    <message>
        <source>没有填写进展情况，本行只更新状态。</source>
        <translation>No progress written; this row only changes the status.</translation>
    </message>
    <message>
        <source>任务现为「{current}」，不能改为「{wanted}」。</source>
        <translation>The task is now &quot;{current}&quot; and cannot become &quot;{wanted}&quot;.</translation>
    </message>
    <message>
        <source>按包含的任务内容匹配到 {code}（报回的标题有删节）。</source>
        <translation>Matched to {code} by the text it contains (the returned title is shortened).</translation>
    </message>
    <message>
        <source>按相近的任务内容匹配到 {code}（相似度{score:.0%}）。</source>
        <translation>Matched to {code} by similar text ({score:.0%} alike).</translation>
    </message>
    <message>
        <source>按比率加权（满分100分）：到期按时率{a}、销号评价{b}、问题整改率{c}、复命率{d}</source>
        <translation>Weighted rates (out of 100): on time when due {a}, ratings {b}, problems put right {c}, reports on time {d}</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>科室名称</source>
        <translation>The section name</translation>
    </message>
    <message>
        <source>重点任务名称</source>
        <translation>The key task</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>The meeting name</translation>
    </message>
    <message>
        <source>找不到这个科室。</source>
        <translation>That section cannot be found.</translation>
    </message>
    <message>
        <source>已经有名为「{name}」的科室。</source>
        <translation>There is already a section called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{year}年已经有一个「{title}」了，请换一个名称（例如加上日期）。</source>
        <translation>{year} already has a &quot;{title}&quot;: choose another name (add the date, for example).</translation>
    </message>
    <message>
        <source>找不到这个人员。</source>
        <translation>That person cannot be found.</translation>
    </message>
    <message>
        <source>已经有名为「{name}」的人员；要把两人合并请用“合并”。</source>
        <translation>There is already a person called &quot;{name}&quot;; to make the two one, use &quot;Merge&quot;.</translation>
    </message>
    <message>
        <source>找不到要修改的条目。</source>
        <translation>The entry to change cannot be found.</translation>
    </message>
    <message>
        <source>请选择两个不同的科室进行合并。</source>
        <translation>Choose two different sections to merge.</translation>
    </message>
    <message>
        <source>请选择两个不同的人员进行合并。</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <source>找不到这项重点任务。</source>
        <translation>That key task cannot be found.</translation>
    </message>
    <message>
        <source>{year}年已经有重点任务「{title}」。</source>
        <translation>{year} already has the key task &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>期次应写成“年-月”，例如 2026-03；收到的是“{text}”。</source>
        <translation>A period is written year-month, such as 2026-03; got &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>督办意见</source>
        <translation>The supervision opinion</translation>
    </message>
    <message>
        <source>进展内容</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>只能结转到以后的年度。</source>
        <translation>Tasks can only be carried over to a later year.</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>找不到这项任务（可能已被删除）。</source>
        <translation>That task cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>The task text</translation>
    </message>
    <message>
        <source>具体措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>工作目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>到期按时率 = 按时完成的任务 ÷（已完成的 + 逾期未完成的），逾期未完成的任务也算未按时（统计表的按时完成率只看已完成的）；复命率按已结束的各期计算，本月的情况到月底后计入；得分相同的名次并列</source>
        <translation>On time when due = tasks finished on time ÷ (tasks finished + tasks overdue and unfinished): an overdue unfinished task counts as not on time (the statistics&apos; on-time rate looks only at finished tasks); reports on time count the periods that have ended, this month&apos;s once it ends; equal scores share a rank</translation>
    </message>
    <message>
        <source>销号评价（每项任务或子任务）</source>
        <translation>Rating at closing (each task or subtask)</translation>
    </message>
    <message>
        <source>到期按时率</source>
        <translation>On time when due</translation>
    </message>
    <message>
        <source>{rule}，配合科室</source>
        <translation>{rule}, co-section</translation>
    </message>
    <message>
        <source>整改逾期{days}天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>服务器 {place} 拒绝了登录：用户名或密码不对。</source>
        <translation>Server {place} refused the login: wrong user name or password.</translation>
    </message>
    <message>
        <source>服务器 {place} 不允许这个账号登录：账号可能已停用，或服务器的访问规则（pg_hba.conf）没有放行这台电脑。请联系信息管理员。</source>
        <translation>Server {place} does not let this account log in: the account may be disabled, or the server&apos;s access rules (pg_hba.conf) do not admit this PC. Please contact IT.</translation>
    </message>
    <message>
        <source>服务器 {place} 不接受加密连接，而所选的“加密”方式要求加密，没有连接。请信息管理员在服务器上开启加密（ssl），或暂时在“加密”中选“尽量加密”。</source>
        <translation>Server {place} does not accept encrypted connections, but the chosen Encryption requires it; not connected. Ask IT to turn on encryption (ssl) on the server, or for now choose &quot;Encrypt if possible&quot; under Encryption.</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>Lead section</translation>
    </message>
    <message>
        <source>配合科室</source>
        <translation>Co-sections</translation>
    </message>
    <message>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>「{title}」在你开始修改之后，已由 {by} 于 {when} 改过：{fields}。为免覆盖，这次没有保存。</source>
        <translation>&quot;{title}&quot; was changed by {by} at {when} after you began editing it: {fields}. So as not to overwrite that, this save was not made.</translation>
    </message>
    <message>
        <source>别人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>子任务必须与上级任务属于同一年度。</source>
        <translation>A subtask must be in the same year as its task.</translation>
    </message>
    <message>
        <source>这些字段不能直接修改：{fields}</source>
        <translation>These fields cannot be changed directly: {fields}</translation>
    </message>
    <message>
        <source>完成状态“{word}”不认识（可选：{words}），未改变任务状态。</source>
        <translation>Status “{word}” not recognised (choose from: {words}); the task&apos;s status is unchanged.</translation>
    </message>
    <message>
        <source>任务现为「{current}」，反馈表不能把它改回「{wanted}」（需要时请在台账中重新打开）。</source>
        <translation>The task is now “{current}”; a returned form cannot set it back to “{wanted}” (reopen it in the ledger if needed).</translation>
    </message>
    <message>
        <source>报为“{word}”：任务仍为推进中，已在本期进展中注明。</source>
        <translation>Reported as “{word}”: the task stays in progress, and this period&apos;s report says so.</translation>
    </message>
    <message>
        <source>报为“{word}”：任务仍为推进中。</source>
        <translation>Reported as “{word}”: the task stays in progress.</translation>
    </message>
    <message>
        <source>没有填写，本行跳过（这项任务本期仍算未反馈）。</source>
        <translation>Left blank: skipped (the task still counts as not reported this period).</translation>
    </message>
    <message>
        <source>报为办结，但还有 {count} 项子任务没有办结：子任务保持原状。</source>
        <translation>Reported as completed, but {count} subtasks are not completed; they are left as they are.</translation>
    </message>
    <message>
        <source>这项任务已有 {later} 的反馈：本表 {period} 的反馈按期次记入时间线，任务的进度和状态只会前进，不因此退回。</source>
        <translation>This task already has a report for {later}: this form&apos;s {period} report goes into the timeline at its period; the task&apos;s percent and status only move forward and are not set back by it.</translation>
    </message>
    <message>
        <source>这项任务 {period} 已有反馈，本表所写不同：作为 {period} 的又一条反馈加入，原有的保留。</source>
        <translation>This task already has a report for {period} and this form says something different: added as another {period} report; the earlier one is kept.</translation>
    </message>
    <message>
        <source>不变：台账中已有这条 {period} 的反馈（内容和进度都相同，已导入过），不再添加。</source>
        <translation>Unchanged: the ledger already has this {period} report (same text and percent; imported before); not added again.</translation>
    </message>
    <message>
        <source>台账中已有这条 {period} 的反馈（已导入过），不再添加，只改任务状态。</source>
        <translation>The ledger already has this {period} report (imported before); not added again, only the task&apos;s status is changed.</translation>
    </message>
    <message>
        <source>只填了进度，没有填写进展情况：本行未导入。</source>
        <translation>Only a percentage, no progress written: this row is not imported.</translation>
    </message>
    <message>
        <source>按简称匹配到 {code}“{title}”。</source>
        <translation>Matched {code} “{title}” by its short name.</translation>
    </message>
    <message>
        <source>台账中有 {count} 项任务标题相同（{codes}），请填写编号后再导入。</source>
        <translation>{count} tasks in the ledger have this same title ({codes}); fill in the number and import again.</translation>
    </message>
    <message>
        <source>“{title}”与 {codes} 都相近，没有导入：请写全任务内容或填写编号。</source>
        <translation>“{title}” is close to {codes} alike; not imported: write the task out in full or fill in its number.</translation>
    </message>
    <message>
        <source>“{title}”可能是 {codes} 中的任何一项，没有导入：请写全任务内容或填写编号。</source>
        <translation>“{title}” could be any of {codes}; not imported: write the task out in full or fill in its number.</translation>
    </message>
    <message>
        <source>基础分加减分</source>
        <translation>Base plus points per event</translation>
    </message>
    <message>
        <source>按比率加权</source>
        <translation>Weighted rates</translation>
    </message>
    <message>
        <source>按时完成任务（每项）</source>
        <translation>Task finished on time (each)</translation>
    </message>
    <message>
        <source>逾期完成任务（每项）</source>
        <translation>Task finished late (each)</translation>
    </message>
    <message>
        <source>逾期未完成任务（每项）</source>
        <translation>Task overdue and unfinished (each)</translation>
    </message>
    <message>
        <source>逾期未完成，每逾期一个月</source>
        <translation>Overdue and unfinished, per full month</translation>
    </message>
    <message>
        <source>迟报推进情况（每期）</source>
        <translation>Report sent late (each period)</translation>
    </message>
    <message>
        <source>未报推进情况（每期）</source>
        <translation>Report missing (each period)</translation>
    </message>
    <message>
        <source>问题按期整改（每个）</source>
        <translation>Problem put right in time (each)</translation>
    </message>
    <message>
        <source>问题逾期整改（每个）</source>
        <translation>Problem put right late (each)</translation>
    </message>
    <message>
        <source>问题逾期未整改（每个）</source>
        <translation>Problem overdue and open (each)</translation>
    </message>
    <message>
        <source>督查通报表扬（每次）</source>
        <translation>Praised in a supervision bulletin (each time)</translation>
    </message>
    <message>
        <source>督查通报批评（每次）</source>
        <translation>Criticised in a supervision bulletin (each time)</translation>
    </message>
    <message>
        <source>办结后被退回重办（每次）</source>
        <translation>Returned for rework after completion (each time)</translation>
    </message>
    <message>
        <source>被发红色督办单（每张）</source>
        <translation>Red supervision notice received (each)</translation>
    </message>
    <message>
        <source>超过签收期限签收（每项）</source>
        <translation>Signed for after the sign-off limit (each)</translation>
    </message>
    <message>
        <source>考核办法（参照县委督查室督查工作考核办法）</source>
        <translation>Assessment rules (after a county Party committee&apos;s supervision office)</translation>
    </message>
    <message>
        <source>考核办法不是有效的 JSON 文本。</source>
        <translation>The assessment rules are not valid JSON text.</translation>
    </message>
    <message>
        <source>考核办法中有不认识的项：{names}。</source>
        <translation>The assessment rules have items this program does not know: {names}.</translation>
    </message>
    <message>
        <source>考核办法中的分值必须是数字。</source>
        <translation>Every point value in the assessment rules must be a number.</translation>
    </message>
    <message>
        <source>考核办法的名称应为 1 到 64 个字。</source>
        <translation>The rules&apos; name must be 1 to 64 characters.</translation>
    </message>
    <message>
        <source>考核方式只能是“基础分加减分”或“按比率加权”。</source>
        <translation>The scoring must be &quot;base plus points per event&quot; or &quot;weighted rates&quot;.</translation>
    </message>
    <message>
        <source>基础分应在 0 和最高分之间，最高分不超过 1000 分。</source>
        <translation>The base must lie between 0 and the maximum, and the maximum must not exceed 1000.</translation>
    </message>
    <message>
        <source>每一项加减分不超过 100 分。</source>
        <translation>No single rule may be worth more than 100 points either way.</translation>
    </message>
    <message>
        <source>考核等次的名称应为 1 到 8 个字，且不重复。</source>
        <translation>Tier names must be 1 to 8 characters and different from each other.</translation>
    </message>
    <message>
        <source>考核等次应从高到低排列，分数线依次降低。</source>
        <translation>Tiers must run from the highest down, each threshold lower than the one before.</translation>
    </message>
    <message>
        <source>{tier}的比例应在 0 到 100 之间（0 表示不限）。</source>
        <translation>The share of {tier} must be between 0 and 100 (0 means no limit).</translation>
    </message>
    <message>
        <source>四项权重不能为负数，也不能都为 0。</source>
        <translation>The four weights cannot be negative, nor all 0.</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>基础分{base}分，加减分后最高{cap}分、最低0分</source>
        <translation>Base {base}; after the points at most {cap} and at least 0</translation>
    </message>
    <message>
        <source>等次：{steps}；本年度没有承办任务的科室不参与排名</source>
        <translation>Tiers: {steps}; a section with no task this year is not ranked</translation>
    </message>
    <message>
        <source>考核办法的内容写得不对，请对照说明中的示例。</source>
        <translation>The assessment rules are not written correctly: compare them with the example in the README.</translation>
    </message>
    <message>
        <source>考核办法中有不认识的加减分事项：{names}。</source>
        <translation>The assessment rules name events this program does not know: {names}.</translation>
    </message>
    <message>
        <source>销号评价（每项任务或子任务）：{points}分</source>
        <translation>Rating at closing (each task or subtask): {points} points</translation>
    </message>
    <message>
        <source>等次：{steps}，{top}不超过参与排名科室的{share}%；本年度没有承办任务的科室不参与排名</source>
        <translation>Tiers: {steps}; {top} to at most {share}% of the ranked sections; a section with no task this year is not ranked</translation>
    </message>
    <message>
        <source>{rule}：{points}分</source>
        <translation>{rule}: {points} points</translation>
    </message>
    <message>
        <source>{rule}：牵头科室{lead}分，配合科室{co}分</source>
        <translation>{rule}: lead section {lead}, co-sections {co} points</translation>
    </message>
    <message>
        <source>通报标题</source>
        <translation>Bulletin title</translation>
    </message>
    <message>
        <source>不能附加“{name}”：佐证材料只能是 PDF、OFD、Word、Excel、WPS、PPT 文档、文本或图片。</source>
        <translation>Cannot attach “{name}”: evidence can only be PDF, OFD, Word, Excel, WPS or PowerPoint documents, text or pictures.</translation>
    </message>
    <message>
        <source>“{name}”是空文件，没有附加。</source>
        <translation>“{name}” is empty and was not attached.</translation>
    </message>
    <message>
        <source>“{name}”有 {size}，超过每个文件 {limit} 的上限。请压缩或拆分后再附加。</source>
        <translation>“{name}” is {size}, over the limit of {limit} a file. Compress or split it, then attach it.</translation>
    </message>
    <message>
        <source>这次选中的 {count} 个文件合计 {size}，一次最多附加 {limit}：请分几次附加。</source>
        <translation>The {count} files chosen add up to {size}; at most {limit} can be attached at once: attach them in turns.</translation>
    </message>
    <message>
        <source>台账中的佐证材料已有 {total}，再附加这 {count} 个文件（共 {size}）会超过 {limit} 的上限。</source>
        <translation>The ledger&apos;s evidence already takes {total}; these files ({count}, {size} in all) would go past the limit of {limit}.</translation>
    </message>
    <message>
        <source>不能附加“{name}”：文件的内容不是它的名字所说的类型（可能是改了名的程序），没有附加。</source>
        <translation>Cannot attach “{name}”: its content is not the type its name says (perhaps a renamed program). Not attached.</translation>
    </message>
    <message>
        <source>找不到这份佐证材料（可能已被删除）。</source>
        <translation>This piece of evidence was not found (it may have been removed).</translation>
    </message>
    <message>
        <source>找不到这条进展记录（可能已被撤销）。</source>
        <translation>This progress entry was not found (it may have been undone).</translation>
    </message>
    <message>
        <source>找不到这条整改情况（可能已被删除）。</source>
        <translation>This report was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>台账中的佐证材料已有 {total}，再附加“{name}”会超过 {limit} 的上限。</source>
        <translation>The ledger already holds {total} of evidence; attaching “{name}” would pass the limit of {limit}.</translation>
    </message>
    <message>
        <source>{month}的数字{words}；要重新冻结，请确认（命令行加 --again）。</source>
        <translation>The figures of {month} were {words}; to freeze them again, confirm (--again on the command line).</translation>
    </message>
    <message>
        <source>{month}没有冻结。</source>
        <translation>{month} is not frozen.</translation>
    </message>
    <message>
        <source>督查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>找不到这条督查记录（可能已被删除）。</source>
        <translation>This inspection record was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>督查记录标题</source>
        <translation>The record&apos;s title</translation>
    </message>
    <message>
        <source>同一份通报不能既表扬又批评{names}。</source>
        <translation>One bulletin cannot both praise and criticise {names}.</translation>
    </message>
    <message>
        <source>这条督查记录下还有 {count} 个问题，请先删除这些问题或改到别的来源下。</source>
        <translation>This record still has {count} problems: delete them or move them to another source first.</translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>批示载体</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>批示要么记在一项任务上，要么据此交办一项新任务（写明交办事项）。</source>
        <translation>An instruction must be recorded on a task, or assign a new task (give the task assigned).</translation>
    </message>
    <message>
        <source>{leader}{day}的这条批示已于 {when} 由 {by} 记在这项任务上，不再重复记录。</source>
        <translation>This instruction of {leader} of {day} was recorded on this task on {when} by {by}; it is not recorded twice.</translation>
    </message>
    <message>
        <source>交办事项</source>
        <translation>Task assigned</translation>
    </message>
    <message>
        <source>序时进度里的“{text}”看不明白：请写成“{example}”，或留空。</source>
        <translation>“{text}” in the milestones cannot be read: write it as “{example}”, or leave it blank.</translation>
    </message>
    <message>
        <source>节点名称太长：{length} 个字，最多 {limit} 个字。</source>
        <translation>The milestone&apos;s name is too long: {length} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>序时进度的百分比应在 0 到 100 之间，收到的是 {percent}。</source>
        <translation>A milestone&apos;s percentage must be between 0 and 100; got {percent}.</translation>
    </message>
    <message>
        <source>序时进度里 {period} 写了两次。</source>
        <translation>{period} appears twice in the milestones.</translation>
    </message>
    <message>
        <source>序时进度应逐月不减：{before} 为 {a}%，之后的 {after} 却只有 {b}%。</source>
        <translation>Milestones must not fall from month to month: {before} is {a}%, but the later {after} only {b}%.</translation>
    </message>
    <message>
        <source>序时进度“{text}”写不明白：应写成 2026-06=60，或带节点名称 2026-06=60:完成初稿。</source>
        <translation>Milestone “{text}” cannot be read: write 2026-06=60, or with a name 2026-06=60:完成初稿.</translation>
    </message>
    <message>
        <source>序时进度里的“{text}”不是一个月份。</source>
        <translation>“{text}” in the milestones is not a month.</translation>
    </message>
    <message>
        <source>{number}之后又发出了{later}，{number}不能再撤销。</source>
        <translation>{later} has been issued since {number}, so {number} can no longer be undone.</translation>
    </message>
    <message>
        <source>督办单发给一级任务，子任务列在其中：{code} 是子任务，请为它所属的任务发督办单。</source>
        <translation>Notices go to top-level tasks, with their subtasks listed in them: {code} is a subtask, so issue the notice for the task it belongs to.</translation>
    </message>
    <message>
        <source>提醒不编督办单号：{code} 的提醒请记入催办记录（task remind --level blue）。</source>
        <translation>A reminder takes no notice number: record the reminder for {code} in its chase record (task remind --level blue).</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>找不到这个问题（可能已被删除）。</source>
        <translation>This problem was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>调整整改时限的理由</source>
        <translation>The reason for moving the deadline</translation>
    </message>
    <message>
        <source>问题已经是「{status}」状态，无需更改。</source>
        <translation>The problem is already “{status}”.</translation>
    </message>
    <message>
        <source>问题不能从「{old}」改为「{new}」；此时只能改为：{allowed}。</source>
        <translation>A problem cannot go from “{old}” to “{new}”; it can now go to: {allowed}.</translation>
    </message>
    <message>
        <source>销号说明</source>
        <translation>The closing note</translation>
    </message>
    <message>
        <source>没有这个已删除的问题。</source>
        <translation>There is no such deleted problem.</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>The problem&apos;s description</translation>
    </message>
    <message>
        <source>整改时限不能改为空。</source>
        <translation>The deadline cannot be made empty.</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>这条进展已经不在台账中（可能刚被撤销），请重新录入。</source>
        <translation>This entry is no longer in the ledger (perhaps just undone): enter it again.</translation>
    </message>
    <message>
        <source>这条进展刚被别人改过，请重新选中这项任务，看过再改。</source>
        <translation>Someone has just changed this entry: select the task again and look before you change it.</translation>
    </message>
    <message>
        <source>评价等次不能为空，例如：好=100,较好=85,一般=70,差=50。</source>
        <translation>The rating scale cannot be empty, e.g. 好=100,较好=85,一般=70,差=50.</translation>
    </message>
    <message>
        <source>评价等次“{part}”写得不对：等次名称应为 1 到 16 个字。</source>
        <translation>The rating “{part}” is not right: a rating word has 1 to 16 characters.</translation>
    </message>
    <message>
        <source>评价等次“{word}”写了两次。</source>
        <translation>The rating “{word}” is written twice.</translation>
    </message>
    <message>
        <source>评价等次“{part}”的分值应是 0 到 100 的整数。</source>
        <translation>The points of “{part}” must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>发送方式写一个短词即可（如纸质、电话、短信、系统），不超过 {limit} 个字。</source>
        <translation>Say how it was sent in one short word (paper, phone, text, system), at most {limit} characters.</translation>
    </message>
    <message>
        <source>督办等级只能是 blue（提醒）、yellow（督办单）或 red（红色督办单），收到的是“{text}”。</source>
        <translation>The level must be blue (reminder), yellow (notice) or red (red notice); got “{text}”.</translation>
    </message>
    <message>
        <source>督查</source>
        <translation>Supervision office</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>填报进展</source>
        <translation>report progress</translation>
    </message>
    <message>
        <source>填报整改情况</source>
        <translation>report rectification</translation>
    </message>
    <message>
        <source>修改任务和督查记录</source>
        <translation>change tasks and inspection records</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>close</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>删除或恢复</source>
        <translation>delete or restore</translation>
    </message>
    <message>
        <source>修改设置和考核办法</source>
        <translation>change the settings and the assessment rules</translation>
    </message>
    <message>
        <source>编发督办单</source>
        <translation>issue supervision notices</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>审批延期申请</source>
        <translation>Decide extension request</translation>
    </message>
    <message>
        <source>退回重办</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>记录领导批示</source>
        <translation>record leader instructions</translation>
    </message>
    <message>
        <source>冻结或解冻月度数字</source>
        <translation>freeze or unfreeze monthly figures</translation>
    </message>
    <message>
        <source>{login}（{role}{section}）不能{act}：{why}。</source>
        <translation>{login} ({role}{section}) may not {act}: {why}.</translation>
    </message>
    <message>
        <source>{login}（分管领导）只能以本人名义办理，不能记在“{typed}”名下。</source>
        <translation>{login} (leader in charge) acts in their own name only, not as “{typed}”.</translation>
    </message>
    <message>
        <source>只读账号只能查看和打印</source>
        <translation>a read-only account can only view and print</translation>
    </message>
    <message>
        <source>这一项由督查室办理</source>
        <translation>this is done by the supervision office</translation>
    </message>
    <message>
        <source>只能填报本科室牵头或配合的任务和本科室的整改问题</source>
        <translation>a section reports only on the tasks it leads or helps with and on its own problems</translation>
    </message>
    <message>
        <source>这一项由承办科室办理</source>
        <translation>this is done by the section in charge</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>当前年度</source>
        <translation>Current year</translation>
    </message>
    <message>
        <source>黄灯提前天数</source>
        <translation>Days of warning before a deadline</translation>
    </message>
    <message>
        <source>进度落后多少算黄灯</source>
        <translation>Progress gap that turns the light yellow</translation>
    </message>
    <message>
        <source>签收期限（天）</source>
        <translation>Days to sign for</translation>
    </message>
    <message>
        <source>欠进度亮黄灯</source>
        <translation>Yellow light when behind milestones</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>报表字体</source>
        <translation>Report font</translation>
    </message>
    <message>
        <source>完整性检查</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>督办单反馈天数</source>
        <translation>Days to answer a supervision notice</translation>
    </message>
    <message>
        <source>督办单文号代字</source>
        <translation>Notice reference code</translation>
    </message>
    <message>
        <source>督办单联系人</source>
        <translation>Notice contact</translation>
    </message>
    <message>
        <source>督办单联系电话</source>
        <translation>Notice contact phone</translation>
    </message>
    <message>
        <source>提前几天提醒</source>
        <translation>Days ahead to remind</translation>
    </message>
    <message>
        <source>逾期几天发红色督办单</source>
        <translation>Days overdue before a red notice</translation>
    </message>
    <message>
        <source>评价等次</source>
        <translation>Rating scale</translation>
    </message>
    <message>
        <source>按时完成的权重</source>
        <translation>Weight of on-time completion</translation>
    </message>
    <message>
        <source>评价的权重</source>
        <translation>Weight of the rating</translation>
    </message>
    <message>
        <source>问题整改的权重</source>
        <translation>Weight of problems rectified</translation>
    </message>
    <message>
        <source>按时反馈的权重</source>
        <translation>Weight of reports on time</translation>
    </message>
    <message>
        <source>销号须附佐证材料</source>
        <translation>Closing needs evidence</translation>
    </message>
    <message>
        <source>月度通报的下步要求</source>
        <translation>Next steps of the monthly bulletin</translation>
    </message>
    <message>
        <source>每月几日冻结上月数字</source>
        <translation>Day of the month to freeze last month&apos;s figures</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>退回理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>{what}（{day}）不能晚于今天。</source>
        <translation>{what} ({day}) cannot be later than today.</translation>
    </message>
    <message>
        <source>子任务随上级任务签收，不用单独签收。</source>
        <translation>A subtask is signed for with its task, not on its own.</translation>
    </message>
    <message>
        <source>「{title}」已由 {by} 于 {when} 签收。</source>
        <translation>“{title}” was signed for by {by} on {when}.</translation>
    </message>
    <message>
        <source>「{title}」是「{status}」，没有要延的完成时限。</source>
        <translation>“{title}” is “{status}”: there is no deadline to extend.</translation>
    </message>
    <message>
        <source>申请延期须写明延至哪一天，如 2026-09-30 或“9月底前”。</source>
        <translation>An extension request must say the date asked for, e.g. 2026-09-30 or “9月底前”.</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>date applied</translation>
    </message>
    <message>
        <source>申请延至的日期应晚于现在的完成时限（{due}）。</source>
        <translation>The date asked for must be later than the current deadline ({due}).</translation>
    </message>
    <message>
        <source>「{title}」已有一份 {when} 提出的延期申请（延至{to}）待审批，请等审批后再申请。</source>
        <translation>“{title}” already has an extension request made {when} (to {to}) awaiting decision; wait for it before asking again.</translation>
    </message>
    <message>
        <source>找不到这份延期申请（可能已被撤销）。</source>
        <translation>This extension request cannot be found (it may have been undone).</translation>
    </message>
    <message>
        <source>「{title}」的延期申请已由 {by} 于 {when} 审批（{state}），这次没有改。</source>
        <translation>The extension request for “{title}” was already decided by {by} on {when} ({state}); nothing was changed this time.</translation>
    </message>
    <message>
        <source>「{title}」已是「{status}」，不再审批延期。</source>
        <translation>“{title}” is already “{status}”; its extension is no longer decided.</translation>
    </message>
    <message>
        <source>不同意的理由</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>这份延期申请已经审批，不能再撤销申请；请先撤销审批。</source>
        <translation>This extension request has been decided and cannot be withdrawn; undo the decision first.</translation>
    </message>
    <message>
        <source>重办时限须写明哪一天，如 2026-12-31 或“12月底前”。</source>
        <translation>A redo deadline must name a day, e.g. 2026-12-31 or “12月底前” (by the end of December).</translation>
    </message>
    <message>
        <source>重办时限（{due}）早于退回的日期（{day}）。</source>
        <translation>The redo deadline ({due}) is before the day of the return ({day}).</translation>
    </message>
    <message>
        <source>只有已办结、待销号的任务才能退回重办；「{title}」是「{status}」。</source>
        <translation>Only a completed task awaiting closing can be returned for rework; “{title}” is “{status}”.</translation>
    </message>
    <message>
        <source>签收日期</source>
        <translation>date signed</translation>
    </message>
    <message>
        <source>这条进展后来又由 {by} 附上了佐证材料“{name}”，不能再撤销，以免删掉别人的材料。</source>
        <translation>{by} has since attached the evidence &quot;{name}&quot; to this report, so it can no longer be undone: that would delete someone else&apos;s file.</translation>
    </message>
    <message>
        <source>「{title}」在这一步之后又被 {by} 于 {when} 改过，不能再撤销或重做这一步，以免覆盖别人的修改。</source>
        <translation>&quot;{title}&quot; was changed by {by} at {when} after this step, so the step can no longer be undone or redone without overwriting their change.</translation>
    </message>
    <message>
        <source>“{rating}”不是设置中的评价等次。</source>
        <translation>“{rating}” is not on the rating scale in Settings.</translation>
    </message>
    <message>
        <source>新的完成时限不能为空。</source>
        <translation>The new deadline cannot be empty.</translation>
    </message>
    <message>
        <source>这项任务已有完成时限；要改动请用“延期”，并写明理由。</source>
        <translation>This task has a deadline; to change it use &quot;Extend&quot; and give a reason.</translation>
    </message>
    <message>
        <source>回收站里没有这项任务。</source>
        <translation>This task is not in the recycle bin.</translation>
    </message>
    <message>
        <source>按本台账的设置，销号需要附上佐证材料：请在销号时选择文件。</source>
        <translation>This ledger requires evidence to close a task: choose the files when closing.</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>The rating note</translation>
    </message>
    <message>
        <source>请先恢复它的上级任务。</source>
        <translation>Restore its parent task first.</translation>
    </message>
    <message>
        <source>任务已经是「{status}」状态，无需更改。</source>
        <translation>The task is already &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>不能从「{old}」改为「{new}」；此时只能改为：{allowed}。</source>
        <translation>A task cannot go from &quot;{old}&quot; to &quot;{new}&quot;; from here it can go to: {allowed}.</translation>
    </message>
    <message>
        <source>{what}不能为空。</source>
        <translation>{what} cannot be empty.</translation>
    </message>
    <message>
        <source>{what}太长：{length} 个字，最多 {limit} 个字。请精简，或分成几条填写。</source>
        <translation>{what} is too long: {length} characters, at most {limit}. Shorten it or split it into several entries.</translation>
    </message>
    <message>
        <source>进度应在 0 到 100 之间，收到的是 {percent}。</source>
        <translation>Progress must be between 0 and 100; got {percent}.</translation>
    </message>
    <message>
        <source>找不到这个文件或文件夹</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>这是一个文件夹</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>路径中有一段不是文件夹</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>已经存在</source>
        <translation>it already exists</translation>
    </message>
    <message>
        <source>是一个链接（不会跟着它）</source>
        <translation>it is a link (not followed)</translation>
    </message>
    <message>
        <source>正被别的程序使用</source>
        <translation>it is in use by another program</translation>
    </message>
    <message>
        <source>打开的文件太多</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <source>读写出错：磁盘、U 盘或网络可能有问题</source>
        <translation>read or write error: the disk, USB stick or network may have a problem</translation>
    </message>
    <message>
        <source>文件名或路径的写法不对</source>
        <translation>the file name or path is not valid</translation>
    </message>
    <message>
        <source>文件夹不是空的</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <source>不能跨磁盘移动</source>
        <translation>cannot move across disks</translation>
    </message>
    <message>
        <source>文件太大</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>设备不存在或没有连接</source>
        <translation>the device is missing or not connected</translation>
    </message>
    <message>
        <source>暂时无法完成，请稍后再试</source>
        <translation>cannot be done right now; try again later</translation>
    </message>
    <message>
        <source>被打断了，请再试一次</source>
        <translation>interrupted; try again</translation>
    </message>
    <message>
        <source>网络超时</source>
        <translation>the network timed out</translation>
    </message>
    <message>
        <source>对方拒绝了连接</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>连接被断开</source>
        <translation>the connection was reset</translation>
    </message>
    <message>
        <source>网络不通</source>
        <translation>the network cannot be reached</translation>
    </message>
    <message>
        <source>网络上的文件已失效，请重新打开</source>
        <translation>the network file is stale; open it again</translation>
    </message>
    <message>
        <source>超出了磁盘配额</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <source>无法加锁</source>
        <translation>cannot lock the file</translation>
    </message>
    <message>
        <source>连接已断开</source>
        <translation>the connection is closed</translation>
    </message>
    <message>
        <source>文件已关闭</source>
        <translation>the file is already closed</translation>
    </message>
    <message>
        <source>找不到这个文件</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>找不到这个路径</source>
        <translation>path not found</translation>
    </message>
    <message>
        <source>磁盘有写保护</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <source>设备没有准备好（U 盘或光盘是否插好）</source>
        <translation>the device is not ready (is the USB stick or disc in?)</translation>
    </message>
    <message>
        <source>文件正被别的程序打开（如 Excel、WPS），请先关掉它</source>
        <translation>the file is open in another program (such as Excel or WPS); close it first</translation>
    </message>
    <message>
        <source>文件有一部分被别的程序锁定</source>
        <translation>part of the file is locked by another program</translation>
    </message>
    <message>
        <source>找不到网络路径</source>
        <translation>the network path was not found</translation>
    </message>
    <message>
        <source>网络出错</source>
        <translation>a network error occurred</translation>
    </message>
    <message>
        <source>网络连接已断开</source>
        <translation>the network connection was lost</translation>
    </message>
    <message>
        <source>找不到网络名</source>
        <translation>the network name was not found</translation>
    </message>
    <message>
        <source>文件名、文件夹名或路径的写法不对</source>
        <translation>the file name, folder name or path is not valid</translation>
    </message>
    <message>
        <source>文件名或路径太长</source>
        <translation>the file name or path is too long</translation>
    </message>
    <message>
        <source>文件正被别的程序使用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>共享文件夹的用户名或密码不对</source>
        <translation>wrong user name or password for the shared folder</translation>
    </message>
    <message>
        <source>{path} 不是落实台账文件：{why}</source>
        <translation>{path} is not a Luoshi ledger: {why}</translation>
    </message>
    <message>
        <source>{path} 由更新版本的落实台账写入（数据结构版本 {revision}），本程序无法识别。为避免损坏，文件未被改动，请升级程序后再打开。</source>
        <translation>{path} was written by a newer Luoshi (data structure {revision}) that this program does not know. The file was not touched; upgrade the program to open it.</translation>
    </message>
    <message>
        <source>服务器上的台账 {place} 由更新版本的落实台账写入（数据结构版本 {revision}），本程序无法识别。为避免损坏，没有做任何改动，请升级程序后再连接。</source>
        <translation>The ledger on the server {place} was written by a newer version of Luoshi (schema version {revision}) that this program does not know. To keep it safe nothing was changed: please upgrade the program, then connect again.</translation>
    </message>
    <message>
        <source>台账以只读方式打开，不能修改：{reason}</source>
        <translation>The ledger is open read-only and cannot be changed: {reason}</translation>
    </message>
    <message>
        <source>磁盘空间不足：{folder} 所在的磁盘只剩 {free} 可用，至少需要 {needed}。请清理磁盘（或把台账移到空间充足的地方）后再试；台账文件没有改动。</source>
        <translation>Not enough disk space: the disk of {folder} has {free} free and needs at least {needed}. Free some space (or move the ledger) and try again; the ledger was not changed.</translation>
    </message>
    <message>
        <source>这次修改与台账中已有的内容冲突（名称重复，或所指的记录已被删除），没有保存：可能另一台电脑刚刚做了同样的修改。请刷新后再试。</source>
        <translation>This change conflicts with what the ledger holds (a name already used, or a record since deleted) and was not saved: another PC may have just made the same change. Refresh and try again.</translation>
    </message>
    <message>
        <source>这项任务刚刚被另一台电脑改动或删除，你的这次修改没有保存。请看一下最新内容，再保存一次。</source>
        <translation>This task was just changed or deleted on another PC; your change was not saved. Look at what it holds now, then save again.</translation>
    </message>
    <message>
        <source>系统报告的错误（代码 {code}）</source>
        <translation>an error reported by the system (code {code})</translation>
    </message>
    <message>
        <source>系统报告的错误</source>
        <translation>an error reported by the system</translation>
    </message>
    <message>
        <source>找不到台账文件：{path}。旁边有一份完好的副本 {backup}，可以用它恢复</source>
        <translation>Ledger file not found: {path}. A sound copy is beside it, {backup}, to restore from</translation>
    </message>
    <message>
        <source>找不到台账文件：{path}</source>
        <translation>Ledger file not found: {path}</translation>
    </message>
    <message>
        <source>台账文件已损坏（{detail}），为保护数据未做任何写入。最近一份完好的备份是 {backup}，可以用它恢复。</source>
        <translation>The ledger file is damaged ({detail}); nothing was written to protect the data. The latest sound backup is {backup}, to restore from.</translation>
    </message>
    <message>
        <source>台账文件已损坏（{detail}），为保护数据未做任何写入。没有找到可用的备份。</source>
        <translation>The ledger file is damaged ({detail}); nothing was written to protect the data. No usable backup was found.</translation>
    </message>
    <message>
        <source>备份文件夹 {folder} 中同一秒的备份太多，请稍后再试。</source>
        <translation>Too many backups in one second in the backup folder {folder}; try again shortly.</translation>
    </message>
    <message>
        <source>备份文件夹的位置 {folder} 上是一个文件（或失效的链接），不是文件夹：请把它移走，或在设置中换一个备份文件夹。</source>
        <translation>Where the backup folder should be, {folder} is a file (or a broken link), not a folder: move it away, or choose another backup folder in Settings.</translation>
    </message>
    <message>
        <source>无法用 {backup} 恢复：{problem}。</source>
        <translation>Cannot restore from {backup}: {problem}.</translation>
    </message>
    <message>
        <source>无法创建备份文件夹 {folder}：{error}</source>
        <translation>Cannot create the backup folder {folder}: {error}</translation>
    </message>
    <message>
        <source>备份写入后校验失败：{problem}</source>
        <translation>The backup failed its check after writing: {problem}</translation>
    </message>
    <message>
        <source>备份失败：{error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <source>台账正在被另一个窗口或程序使用，请先关闭它再恢复。</source>
        <translation>The ledger is in use by another window or program; close it before restoring.</translation>
    </message>
    <message>
        <source>恢复失败：{error}，台账文件保持原样。</source>
        <translation>Restore failed: {error}; the ledger file is as it was.</translation>
    </message>
    <message>
        <source>台账旁边的“{name}”是一个链接（不是本程序建的）：为免写到别处，没有打开台账。请删去这个链接后再打开。</source>
        <translation>“{name}” beside the ledger is a link (not made by this program): the ledger was not opened, so nothing is written elsewhere. Remove the link, then open it again.</translation>
    </message>
    <message>
        <source>无法写入台账文件（{reason}），这次修改没有保存。</source>
        <translation>Cannot write the ledger file ({reason}); this change was not saved.</translation>
    </message>
    <message>
        <source>“{name}”是一个链接，不会在它指向的地方新建台账：请换一个文件名。</source>
        <translation>“{name}” is a link: no ledger is created where it points. Choose another file name.</translation>
    </message>
    <message>
        <source>台账文件正被另一个程序占用，这次修改没有保存，请稍后再试。</source>
        <translation>Another program is using the ledger file; this change was not saved. Try again shortly.</translation>
    </message>
    <message>
        <source>数据库报告的错误</source>
        <translation>an error reported by the database</translation>
    </message>
    <message>
        <source>文件是只读的：请看文件属性、文件夹的权限，或磁盘是否只读</source>
        <translation>the file is read-only: check its properties, the folder&apos;s permissions, or whether the disk is read-only</translation>
    </message>
    <message>
        <source>文件已损坏</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>打不开文件：它可能被移走了，或所在的文件夹不能写</source>
        <translation>the file cannot be opened: it may have been moved, or its folder cannot be written</translation>
    </message>
    <message>
        <source>内容太大</source>
        <translation>the content is too large</translation>
    </message>
    <message>
        <source>操作被打断</source>
        <translation>the operation was interrupted</translation>
    </message>
    <message>
        <source>文件已存在，不会覆盖：{path}</source>
        <translation>The file exists and will not be overwritten: {path}</translation>
    </message>
    <message>
        <source>旁边已有“{name}”（可能是另一个台账留下的），新建会用掉它：请换一个文件名，或先把它移走。</source>
        <translation>“{name}” is already there (perhaps left by another ledger) and a new ledger would take it over: choose another file name, or move it away first.</translation>
    </message>
    <message>
        <source>台账需要升级数据结构才能打开，但现在不能写入：{reason}。</source>
        <translation>The ledger needs its data structure upgraded to open, but it cannot be written now: {reason}.</translation>
    </message>
    <message>
        <source>无法在此处创建台账文件：{path}（{error}）</source>
        <translation>Cannot create a ledger file here: {path} ({error})</translation>
    </message>
    <message>
        <source>无法创建台账文件：{path}（{error}）</source>
        <translation>Cannot create the ledger file: {path} ({error})</translation>
    </message>
    <message>
        <source>“{name}”是一个链接，不是文件本身，没有附加：请选择文件本身。</source>
        <translation>“{name}” is a link, not the file itself. Not attached: choose the file itself.</translation>
    </message>
    <message>
        <source>“{name}”不是一个普通文件，没有附加。</source>
        <translation>“{name}” is not an ordinary file. Not attached.</translation>
    </message>
    <message>
        <source>本年度没有承办任务</source>
        <translation>no task this year</translation>
    </message>
    <message>
        <source>尚无完成或逾期的任务</source>
        <translation>nothing finished or overdue yet</translation>
    </message>
    <message>
        <source>{top}不超过{share}%，按{tier}</source>
        <translation>{top} limited to {share}%: {tier}</translation>
    </message>
    <message>
        <source>超过最高分，按{cap}分计</source>
        <translation>above the maximum: counted as {cap}</translation>
    </message>
    <message>
        <source>低于0分，按0分计</source>
        <translation>below 0: counted as 0</translation>
    </message>
    <message>
        <source>销号评价均分</source>
        <translation>Mean rating</translation>
    </message>
    <message>
        <source>问题整改率</source>
        <translation>Problems put right</translation>
    </message>
    <message>
        <source>复命率</source>
        <translation>Reports on time</translation>
    </message>
    <message>
        <source>{rate}，权重{weight}/{total}</source>
        <translation>{rate}, weight {weight}/{total}</translation>
    </message>
    <message>
        <source>封顶</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>保底</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>逾期{days}天（子任务{code}）</source>
        <translation>{days} days late (subtask {code})</translation>
    </message>
    <message>
        <source>逾期{days}天</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>finished on time</translation>
    </message>
    <message>
        <source>逾期{days}天完成</source>
        <translation>finished {days} days late</translation>
    </message>
    <message>
        <source>销号评价：{rating}</source>
        <translation>rated {rating} at closing</translation>
    </message>
    <message>
        <source>督查通报表扬</source>
        <translation>praised in a supervision bulletin</translation>
    </message>
    <message>
        <source>督查通报批评</source>
        <translation>criticised in a supervision bulletin</translation>
    </message>
    <message>
        <source>逾期{days}天，满{months}个月</source>
        <translation>{days} days late, {months} full months</translation>
    </message>
    <message>
        <source>{year}年{month}月一期未报</source>
        <translation>{year}-{month}: no report</translation>
    </message>
    <message>
        <source>逾期{days}天整改</source>
        <translation>put right {days} days late</translation>
    </message>
    <message>
        <source>按期整改</source>
        <translation>put right in time</translation>
    </message>
    <message>
        <source>{year}年{month}月一期，{on_month}月{on_day}日才报</source>
        <translation>{year}-{month}: reported only on {on_month}/{on_day}</translation>
    </message>
    <message>
        <source>“{title}”对应{count}项任务：{tasks}，没有导入：请填写编号。</source>
        <translation>“{title}” stands in {count} tasks: {tasks}; not imported: please give the number.</translation>
    </message>
    <message>
        <source>“{title}”太短，不足以确定是哪项任务（只在 {tasks} 中出现），没有导入：请写全任务内容或填写编号。</source>
        <translation>“{title}” is too short to be sure which task it is (it appears only in {tasks}); not imported: please write the whole task or give its number.</translation>
    </message>
    <message>
        <source>两</source>
        <translation>two</translation>
    </message>
    <message>
        <source>三</source>
        <translation>three</translation>
    </message>
    <message>
        <source>反馈时限应是 1 到 365 之间的整数天数，收到的是“{days}”。</source>
        <translation>The reply time must be a whole number of days from 1 to 365; got “{days}”.</translation>
    </message>
    <message>
        <source>红灯纠正后保留黄灯（天）</source>
        <translation>Days kept yellow after a red is put right</translation>
    </message>
    <message>
        <source>这项任务的延期申请已由 {by} 于 {when} {state}，没有待审批的申请。</source>
        <translation>This task&apos;s extension request was {state} by {by} on {when}; none is waiting.</translation>
    </message>
    <message>
        <source>红色督办单{number}</source>
        <translation>Red notice {number}</translation>
    </message>
    <message>
        <source>{year}年{month}月一期按期报送</source>
        <translation>{year}-{month}: reported in time</translation>
    </message>
    <message>
        <source>交办{days}天仍未签收</source>
        <translation>not signed for {days} days after it was assigned</translation>
    </message>
    <message>
        <source>交办后第{days}天签收</source>
        <translation>signed for on day {days} after it was assigned</translation>
    </message>
    <message>
        <source>不能打开“{name}”：这类文件不作为佐证材料打开。</source>
        <translation>Cannot open “{name}”: files of this kind are not opened as evidence.</translation>
    </message>
    <message>
        <source>「{title}」没有记录领导批示：请先记录批示，再生成呈报单。</source>
        <translation>“{title}” has no leader instruction recorded: record one first, then make the report.</translation>
    </message>
    <message>
        <source>没有{what}。{hint}</source>
        <translation>There is no {what}. {hint}</translation>
    </message>
    <message>
        <source>{day} 开过 {n} 次会议：{listed}。请用 --meeting 编号 指定一次。</source>
        <translation>{n} meetings were held on {day}: {listed}. Name one with --meeting and its number.</translation>
    </message>
    <message>
        <source>进步</source>
        <translation>better</translation>
    </message>
    <message>
        <source>退步</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>持平</source>
        <translation>same</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未反馈</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>{section} 考核得分：{old}→{new}</source>
        <translation>{section} score: {old}→{new}</translation>
    </message>
    <message>
        <source>{year}年没有名为“{source}”的督查记录；现有：{titles}。</source>
        <translation>{year} has no inspection record named “{source}”; there are: {titles}.</translation>
    </message>
    <message>
        <source>服务器地址应以 postgresql:// 开头，例如 postgresql://luoshi@10.1.2.3/ledger；收到的是“{text}”。</source>
        <translation>A server address starts with postgresql://, for example postgresql://luoshi@10.1.2.3/ledger; given: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器地址中的“{name}”本程序不认识（可以写的有 host、port、sslmode、sslrootcert）：“{text}”。</source>
        <translation>The server address contains &quot;{name}&quot;, which this program does not know (allowed: host, port, sslmode, sslrootcert): &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器地址缺少服务器名或 IP：“{text}”。</source>
        <translation>The server address has no server name or IP: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器名不对：每一段（点之间）最多 63 个字符，整个最多 253 个字符：“{text}”。</source>
        <translation>The server name is wrong: each part (between dots) has at most 63 characters, the whole at most 253: “{text}”.</translation>
    </message>
    <message>
        <source>服务器地址缺少数据库名（写在最后一个 / 之后）：“{text}”。</source>
        <translation>The server address has no database name (after the last /): &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器地址缺少用户名（写在 @ 之前）：“{text}”。</source>
        <translation>The server address has no user name (before the @): &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器地址中的端口不是 1–65535 之间的数字：“{text}”。</source>
        <translation>The port in the server address is not a number from 1 to 65535: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器地址中的 sslmode 只能是 disable、prefer、require、verify-ca 或 verify-full，收到的是“{mode}”：“{text}”。</source>
        <translation>sslmode in a server address must be disable, prefer, require, verify-ca or verify-full; got &quot;{mode}&quot;: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>服务器 {place} 要求输入密码。</source>
        <translation>The server {place} asks for a password.</translation>
    </message>
    <message>
        <source>服务器上没有名为 {database} 的数据库，请先按说明建立数据库。</source>
        <translation>The server has no database named {database}: create it first, as the guide says.</translation>
    </message>
    <message>
        <source>服务器 {place} 的证书没有通过核验（{reason}），为防冒充，没有连接。请向管理员要服务器的 CA 文件，并核对服务器名。</source>
        <translation>The certificate of server {place} failed verification ({reason}); to guard against impersonation, no connection was made. Ask the administrator for the server&apos;s CA file and check the server name.</translation>
    </message>
    <message>
        <source>与服务器 {place} 建立加密连接失败（TLS），没有连接。</source>
        <translation>Could not set up an encrypted (TLS) connection to server {place}; not connected.</translation>
    </message>
    <message>
        <source>服务器 {place} 正在启动，请稍候再试。这次操作没有保存。</source>
        <translation>Server {place} is starting up; please try again shortly. This action was not saved.</translation>
    </message>
    <message>
        <source>无法连接服务器 {place}（{reason}）。这次操作没有保存，请检查后重试。</source>
        <translation>Cannot reach the server {place} ({reason}). This action was not saved; please check and try again.</translation>
    </message>
    <message>
        <source>有人正在修改同一条记录，等了 {seconds} 秒仍未改完，这次操作没有保存，请稍后重试。</source>
        <translation>Someone is changing the same record and had not finished after {seconds} seconds; this action was not saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>另一台电脑正在同时修改这些内容，这次操作没有保存，请再试一次。</source>
        <translation>Another PC is changing the same records right now; this was not saved. Please try again.</translation>
    </message>
    <message>
        <source>服务器处理这次操作超过 {seconds} 秒仍未完成（或被服务器管理员停止），没有保存，请稍后重试。</source>
        <translation>The server did not finish this action within {seconds} seconds (or the server&apos;s administrator stopped it); not saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>这台电脑与服务器 {place} 的连接停顿太久，服务器已结束这次操作，没有保存，请重试。</source>
        <translation>This PC&apos;s connection to server {place} stalled too long and the server ended the action; not saved. Please try again.</translation>
    </message>
    <message>
        <source>服务器报告的错误</source>
        <translation>an error reported by the server</translation>
    </message>
    <message>
        <source>证书上的服务器名与地址中的不符</source>
        <translation>the server name on the certificate does not match the address</translation>
    </message>
    <message>
        <source>证书不是所指定的证书机构（CA）签发的，或已过期</source>
        <translation>the certificate was not issued by the given certificate authority (CA), or has expired</translation>
    </message>
    <message>
        <source>服务器没有应答：它可能没有开机、没有启动数据库，或被防火墙挡住</source>
        <translation>the server does not answer: it may be off, its database not started, or a firewall in the way</translation>
    </message>
    <message>
        <source>与服务器的连接中断了</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>服务器断开了连接：数据库名或用户名可能不对，或服务器不接受这台电脑</source>
        <translation>the server closed the connection: the database or user name may be wrong, or the server does not accept this PC</translation>
    </message>
    <message>
        <source>网络连接出错</source>
        <translation>a network connection error</translation>
    </message>
    <message>
        <source>只读账号：只能查看和打印</source>
        <translation>read-only account: view and print only</translation>
    </message>
    <message>
        <source>数据库 {database} 里已有别的数据表，不是落实台账，没有做任何改动。</source>
        <translation>The database {database} holds other tables and is not a Luoshi ledger; nothing was changed.</translation>
    </message>
    <message>
        <source>数据库 {database} 里还没有台账。可以把现有的台账搬上去：main.py migrate --from 台账.sqlite --to {place}</source>
        <translation>The database {database} holds no ledger yet. An existing ledger can be moved there: main.py migrate --from ledger.sqlite --to {place}</translation>
    </message>
    <message>
        <source>服务器上的台账需要升级数据结构才能打开，但现在是只读方式。</source>
        <translation>The ledger on the server needs its schema upgraded before it opens, but it was asked for read-only.</translation>
    </message>
    <message>
        <source>服务器上的台账需要升级到新版程序的数据结构，这要由信息管理员用台账所有者的账号做一次（打开一次台账，或运行 main.py check --db {owner}）。请联系信息管理员；升级前你的账号不能打开这个台账。</source>
        <translation>The ledger on the server needs upgrading to this version&apos;s data structure, which IT does once with the ledger owner&apos;s account (open the ledger once, or run main.py check --db {owner}). Please contact IT; until then your account cannot open this ledger.</translation>
    </message>
    <message>
        <source>数据库 {database} 里已经有台账（{org}），没有做任何改动：新建只用于空数据库。单位名称和年度请在窗口的“设置”里修改；要用备份替换整个台账，请用 main.py restore。</source>
        <translation>Database {database} already holds a ledger ({org}); nothing was changed: new is only for an empty database. Change the organisation name and year in the window&apos;s Settings; to replace the whole ledger with a backup, use main.py restore.</translation>
    </message>
    <message>
        <source>还有别的电脑连着服务器上的这个台账：{who}。恢复会替换他们正在用的全部内容，没有恢复：请他们先关闭窗口再恢复（确需立即恢复时加 --force）。</source>
        <translation>Other PCs are connected to this ledger on the server: {who}. A restore would replace everything they are using, so nothing was restored: ask them to close their windows first (add --force to restore at once if you must).</translation>
    </message>
    <message>
        <source>读不出证书机构（CA）文件 {path}（{reason}），没有连接服务器。请检查服务器地址中的 sslrootcert，或连接服务器窗口中的 CA 文件。</source>
        <translation>Cannot read the certificate authority (CA) file {path} ({reason}); not connected to the server. Check sslrootcert in the server address, or the CA file in the Connect to server dialog.</translation>
    </message>
    <message>
        <source>要复制的台账没有数据结构版本，不能复制。</source>
        <translation>The ledger to copy has no schema version and cannot be copied.</translation>
    </message>
    <message>
        <source>复制后核对不符：{table} 表原有 {here} 行，复制了 {copied} 行，目标里有 {there} 行。没有保存这次复制。</source>
        <translation>The copy does not match: table {table} has {here} rows, {copied} were copied and the target holds {there}. The copy was not kept.</translation>
    </message>
    <message>
        <source>服务器上的台账是数据结构版本 {there}，要搬的台账是 {revision}：请先用同一版本的程序打开两者。</source>
        <translation>The ledger on the server has schema version {there}, the one to move has {revision}: open both with the same version of the program first.</translation>
    </message>
    <message>
        <source>服务器上的数据库 {database} 里已经有台账内容，没有覆盖。要用文件替换它，请用 main.py restore。</source>
        <translation>The database {database} on the server already holds a ledger; it was not overwritten. To replace it with a file, use main.py restore.</translation>
    </message>
    <message>
        <source>「{title}」已由 {by} 于 {when} 改为「{now}」（你看到的是「{seen}」），这次没有改。请看过现在的情况再操作。</source>
        <translation>&quot;{title}&quot; was changed to &quot;{now}&quot; by {by} at {when} (you saw &quot;{seen}&quot;); nothing was changed this time. Look at it as it is now before acting.</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>问题来源</source>
        <translation>source of the problem</translation>
    </message>
    <message>
        <source>涉及任务</source>
        <translation>task concerned</translation>
    </message>
    <message>
        <source>整改科室</source>
        <translation>section putting it right</translation>
    </message>
    <message>
        <source>整改责任人</source>
        <translation>person responsible for the fix</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>deadline for the fix</translation>
    </message>
    <message>
        <source>督查日期</source>
        <translation>inspection date</translation>
    </message>
    <message>
        <source>督查类型</source>
        <translation>inspection type</translation>
    </message>
    <message>
        <source>发现的情况</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>督查的单位</source>
        <translation>units inspected</translation>
    </message>
    <message>
        <source>督查的任务</source>
        <translation>tasks inspected</translation>
    </message>
    <message>
        <source>通报表扬</source>
        <translation>praised in the bulletin</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>criticised in the bulletin</translation>
    </message>
    <message>
        <source>设置在你打开之后已由 {by} 于 {when} 改过（{count} 项与你改的相同：{names}），为免覆盖，这次没有保存。请关闭设置再打开，看过现在的设置后重新修改。</source>
        <translation>The settings were changed by {by} at {when} after you opened them ({count} of the ones you changed: {names}); to avoid overwriting, nothing was saved. Close and reopen the settings, look at them as they are now, and change them again.</translation>
    </message>
    <message>
        <source>考核办法</source>
        <translation>Assessment rules</translation>
    </message>
    <message>
        <source>{source} 中没有可以导入的任务。</source>
        <translation>There is no task in {source} that can be imported.</translation>
    </message>
    <message>
        <source>{month}还没有到，没有可冻结的数字。</source>
        <translation>{month} has not come yet; there are no figures to freeze.</translation>
    </message>
    <message>
        <source>台账文件一次只有一个人使用，不设账号；多人使用请把台账搬到服务器上（main.py migrate）。</source>
        <translation>A ledger file is used by one person at a time and has no accounts; for several people, move the ledger to a server (main.py migrate).</translation>
    </message>
    <message>
        <source>账号由信息管理员用台账所有者的账号管理，个人账号不能添加或停用账号。</source>
        <translation>Accounts are managed by IT with the ledger owner&apos;s account; a personal account cannot add or disable accounts.</translation>
    </message>
    <message>
        <source>账号名“{login}”不能用：请用字母、数字、下划线或汉字，不以数字开头，不超过 21 个汉字。</source>
        <translation>The account name &quot;{login}&quot; cannot be used: use letters, digits, underscores or Chinese characters, not starting with a digit, at most 21 Chinese characters.</translation>
    </message>
    <message>
        <source>密码不能为空，也不能含有不可见的控制字符。</source>
        <translation>The password must not be empty or contain invisible control characters.</translation>
    </message>
    <message>
        <source>台账里已经有账号 {login}；要停用请用 users disable。</source>
        <translation>The ledger already has the account {login}; to disable it use users disable.</translation>
    </message>
    <message>
        <source>{login} 是台账所有者（信息管理员）的账号，不能再作为个人账号添加：请给每个人另起一个账号名。</source>
        <translation>{login} is the ledger owner&apos;s (IT&apos;s) account and cannot also be a personal account: give each person an account name of their own.</translation>
    </message>
    <message>
        <source>台账所有者的账号 {owner} 没有建立账号的权限：请数据库管理员先执行 ALTER ROLE {owner} CREATEROLE; 再添加账号。</source>
        <translation>The ledger owner&apos;s account {owner} may not create accounts: ask the database administrator to run ALTER ROLE {owner} CREATEROLE; first, then add the account.</translation>
    </message>
    <message>
        <source>服务器上的 {login} 是管理员账号，不能作为个人账号使用：请另起一个账号名。</source>
        <translation>{login} is an administrator account on the server and cannot be used as a personal account: choose another account name.</translation>
    </message>
    <message>
        <source>台账里没有账号 {login}。</source>
        <translation>The ledger has no account {login}.</translation>
    </message>
    <message>
        <source>账号 {login} 已经停用。</source>
        <translation>The account {login} is already disabled.</translation>
    </message>
    <message>
        <source>台账里没有名为“{name}”的科室。</source>
        <translation>The ledger has no section named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{source} 中没有可以导入的问题。</source>
        <translation>{source} holds no problem that can be imported.</translation>
    </message>
    <message>
        <source>这项任务没有待审批的延期申请。</source>
        <translation>This task has no extension request awaiting decision.</translation>
    </message>
    <message>
        <source>列对应里至少要有“任务内容”，如 任务内容=B。</source>
        <translation>The column mapping needs at least 任务内容 (the task), e.g. 任务内容=B.</translation>
    </message>
    <message>
        <source>列对应“{part}”看不懂：请写成 字段=列字母，字段可以是 {fields}，如 任务内容=B。</source>
        <translation>The column mapping &quot;{part}&quot; cannot be read: write field=column letter, the field being one of {fields}, e.g. 任务内容=B.</translation>
    </message>
    <message>
        <source>“{text}”是合计行，已跳过。</source>
        <translation>&quot;{text}&quot; is a total row; skipped.</translation>
    </message>
    <message>
        <source>分组标题行，作为一项任务导入，下面各行为它的子任务。</source>
        <translation>A group heading: imported as a task, the rows below as its subtasks.</translation>
    </message>
    <message>
        <source>没有任务内容。</source>
        <translation>No task text.</translation>
    </message>
    <message>
        <source>没有牵头科室。</source>
        <translation>No lead section.</translation>
    </message>
    <message>
        <source>分管领导有{count}位（{names}），台账记第一位，其余记入备注。</source>
        <translation>{count} leaders in charge ({names}): the ledger keeps the first, the others go into the note.</translation>
    </message>
    <message>
        <source>备注太长：{count} 个字，最多 {limit} 个字。</source>
        <translation>Note too long: {count} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>完成时限“{text}”未能识别为日期，将原样保存，按月反馈。</source>
        <translation>Deadline &quot;{text}&quot; is not a date: kept as written, reported monthly.</translation>
    </message>
    <message>
        <source>{what}太长：{count} 个字，最多 {limit} 个字。</source>
        <translation>{what} too long: {count} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>{what}“{name}……”太长：名称最多 {limit} 个字。</source>
        <translation>{what} &quot;{name}…&quot; too long: a name has at most {limit} characters.</translation>
    </message>
    <message>
        <source>办理状态“{word}”不认识，按未启动导入。</source>
        <translation>Status &quot;{word}&quot; not recognised; imported as not started.</translation>
    </message>
    <message>
        <source>没有完成时限。</source>
        <translation>No deadline.</translation>
    </message>
    <message>
        <source>进展情况太长：{count} 个字，最多 {limit} 个字。</source>
        <translation>Progress text too long: {count} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>表头下面没有任务行（只有合并整行的标题或说明），这张表没有可导入的任务。</source>
        <translation>There are no task rows under the header (only titles or notes merged across the row): nothing on this sheet can be imported.</translation>
    </message>
    <message>
        <source>{name} 无法作为旧版 .xls/.et 表格读取：它可能设置了打开密码，或已损坏。请在 Excel/WPS 中打开，取消密码后“另存为” .xlsx 再导入。</source>
        <translation>{name} cannot be read as an old .xls/.et workbook: it may have an opening password, or be damaged. Open it in Excel/WPS, remove the password and save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>{name} 设置了打开密码：请在 Excel/WPS 中取消密码后再导入。</source>
        <translation>{name} has an opening password: remove it in Excel/WPS, then import.</translation>
    </message>
    <message>
        <source>{name} 的工作表“{sheet}”在第 {row} 行第 {column} 列还有内容：一张表最多读取 {rows} 行、{columns} 列。</source>
        <translation>Sheet &quot;{sheet}&quot; of {name} holds something at row {row}, column {column}: at most {rows} rows and {columns} columns of a sheet are read.</translation>
    </message>
    <message>
        <source>责任单位有 {count} 个：“{first}”记为整改科室，{others} 写在整改措施末尾的“配合单位”中。</source>
        <translation>{count} responsible units: “{first}” is recorded as responsible; {others} are written under “配合单位” at the end of the measures.</translation>
    </message>
    <message>
        <source>没有找到含“进展情况”的表头行。</source>
        <translation>No header row naming 进展情况 (progress) was found.</translation>
    </message>
    <message>
        <source>{name} 的工作表“{sheet}”已损坏或含有无法解析的内容，无法读取。</source>
        <translation>The sheet &quot;{sheet}&quot; of {name} is damaged or holds content that cannot be read.</translation>
    </message>
    <message>
        <source>{name} 不是一个普通文件（可能是文件夹、设备或管道），无法导入。</source>
        <translation>{name} is not an ordinary file (perhaps a folder, a device or a pipe): it cannot be imported.</translation>
    </message>
    <message>
        <source>文件 {name} 太大：{size:.1f} MB，最多读取 {limit:.0f} MB，不像任务分解表；请只保留需要导入的工作表。</source>
        <translation>{name} is too large: {size:.1f} MB, at most {limit:.0f} MB are read; this is not like a task breakdown. Keep only the sheets to import.</translation>
    </message>
    <message>
        <source>{name} {kind}本程序读取 Excel/WPS 表格的 .xlsx 文件：请在 Excel 或 WPS 中打开它，“另存为” .xlsx 后再导入。</source>
        <translation>{name} {kind} This program reads .xlsx workbooks of Excel/WPS: open it in Excel or WPS, save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>{name} 解压后超过 {limit} MB，不像任务分解表，已拒绝读取。</source>
        <translation>{name} unpacks to more than {limit} MB; this is not like a task breakdown and was refused.</translation>
    </message>
    <message>
        <source>是 PDF 文件，其中的表格不能直接导入。</source>
        <translation>is a PDF file; tables in it cannot be imported directly.</translation>
    </message>
    <message>
        <source>是旧版 .xls/.et 表格，或设置了打开密码（请先取消密码）。</source>
        <translation>is an old .xls/.et workbook, or has an opening password (remove it first).</translation>
    </message>
    <message>
        <source>不是 Excel 表格文件。</source>
        <translation>is not an Excel workbook.</translation>
    </message>
    <message>
        <source>是 Word 文档（.docx），不是表格。</source>
        <translation>is a Word document (.docx), not a spreadsheet.</translation>
    </message>
    <message>
        <source>是 PowerPoint 演示文稿。</source>
        <translation>is a PowerPoint presentation.</translation>
    </message>
    <message>
        <source>{name} 已损坏或不是 Excel 表格，无法读取。</source>
        <translation>{name} is damaged or not an Excel workbook; it cannot be read.</translation>
    </message>
    <message>
        <source>{name} 含有不安全或无法解析的内容，已拒绝读取。</source>
        <translation>{name} holds unsafe or unreadable content and was refused.</translation>
    </message>
    <message>
        <source>无法读取文件 {name}：{error}</source>
        <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
        <source>服务器拒绝了这次操作（{reason}，代码 {code}），没有保存。</source>
        <translation>The server refused this ({reason}, code {code}); nothing was saved.</translation>
    </message>
    <message>
        <source>服务器资源不足：磁盘已满或内存不够</source>
        <translation>the server is out of resources: its disk is full or memory is short</translation>
    </message>
    <message>
        <source>服务器上的数据库当前只读</source>
        <translation>the database on the server is read-only at present</translation>
    </message>
    <message>
        <source>服务器上的这个账号没有权限</source>
        <translation>this account has no permission on the server</translation>
    </message>
    <message>
        <source>数据的格式服务器不接受</source>
        <translation>the server does not accept the data&apos;s format</translation>
    </message>
    <message>
        <source>数据不符合台账的规则</source>
        <translation>the data breaks the ledger&apos;s rules</translation>
    </message>
    <message>
        <source>服务器正在关闭或重启</source>
        <translation>the server is shutting down or restarting</translation>
    </message>
    <message>
        <source>{name} 声称有 {count} 个不同的文字，不像任务分解表，已拒绝读取。</source>
        <translation>{name} claims to hold {count} distinct texts; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>{name} 是一个空文件（0 字节），没有可导入的内容。</source>
        <translation>{name} is an empty file (0 bytes): there is nothing to import.</translation>
    </message>
    <message>
        <source>{name} 有超过 {limit} 张工作表，不像任务分解表，已拒绝读取。</source>
        <translation>{name} has more than {limit} sheets; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>{name} 有超过 {limit} 个不同的文字，不像任务分解表，已拒绝读取。</source>
        <translation>{name} holds more than {limit} distinct texts; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>{name} 有超过 {limit} 种单元格格式，不像任务分解表，已拒绝读取。</source>
        <translation>{name} has more than {limit} cell formats; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>{name} 有超过 {limit} 个定义的名称，不像任务分解表，已拒绝读取。</source>
        <translation>{name} has more than {limit} defined names; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>{name} 的单元格文字合计超过 {limit} 个字，不像任务分解表，已拒绝读取。</source>
        <translation>The cells of {name} hold more than {limit} characters in all; it does not look like a task breakdown and was not read.</translation>
    </message>
    <message>
        <source>是旧版 Word/WPS 文字文档。</source>
        <translation>is an old Word/WPS text document.</translation>
    </message>
    <message>
        <source>{name} 的工作表“{sheet}”有超过 {limit} 个单元格，不像任务分解表，已拒绝读取。</source>
        <translation>Sheet &quot;{sheet}&quot; of {name} has more than {limit} cells; this is not like a task breakdown and was refused.</translation>
    </message>
    <message>
        <source>{name} 的工作表“{sheet}”在第 {row} 行 {column} 列还有内容：一张表最多读取 {rows} 行、{columns} 列。请删去多余的行列（或分成几个文件）后再导入。</source>
        <translation>Sheet &quot;{sheet}&quot; of {name} holds something at row {row}, column {column}: at most {rows} rows and {columns} columns of a sheet are read. Delete the extra rows and columns (or split the file) and import again.</translation>
    </message>
    <message>
        <source>表格中的合并单元格互相重叠或过多，无法按合并关系读取；请取消合并后再导入。</source>
        <translation>The merged cells of the sheet overlap or are too many to be read as merged; unmerge them and import again.</translation>
    </message>
    <message>
        <source>角色“{words}”不对：应为 督查、分管领导、只读，或 科室:科室名称（如 科室:组织科）。</source>
        <translation>The role “{words}” is not valid: use 督查, 分管领导, 只读, or 科室:&lt;section name&gt; (for example 科室:组织科).</translation>
    </message>
    <message>
        <source>没有找到表头行（如“序号、重点任务、具体措施、牵头科室…”，在前 {scan} 行里找）。</source>
        <translation>No header row found (such as “序号、重点任务、具体措施、牵头科室…”, searched for in the first {scan} rows).</translation>
    </message>
    <message>
        <source>这张表是整改台账（表头有“{words}”），不是任务分解表：请用“导入整改台账”（命令行 main.py import-problems）导入。</source>
        <translation>This sheet is a rectification ledger (its header has “{words}”), not a task breakdown: import it with “Import rectification ledger” (on the command line: main.py import-problems).</translation>
    </message>
    <message>
        <source>表头在第 {row} 行，只在前 {scan} 行里找表头：请删去表头上面的说明文字后再导入。</source>
        <translation>The header is on row {row}, but only the first {scan} rows are searched for it: delete the notes above it and import again.</translation>
    </message>
    <message>
        <source>这张表是说明文字（前 {scan} 行里没有表头），已跳过。</source>
        <translation>This sheet is explanatory text (no header in its first {scan} rows) and was skipped.</translation>
    </message>
    <message>
        <source>{letter}列“{word}”对应不上任务的哪一项，这一列没有导入（可在“列对应”中指定）。</source>
        <translation>Column {letter} “{word}” matches no field of a task and was not imported (it can be assigned under Column mapping).</translation>
    </message>
    <message>
        <source>“{text}”是重点任务下的分组标题，不作为任务导入；其下的任务归入所在的重点任务。</source>
        <translation>“{text}” is a group heading within the key task and is not imported as a task; the tasks under it go under that key task.</translation>
    </message>
    <message>
        <source>正文中有 {count} 段是结束语、附件或落款，不是任务，也没有记入哪项任务的具体措施：{text}</source>
        <translation>{count} paragraphs of the text are a closing paragraph, attachments or the signature: not tasks, and not added to any task&apos;s measures: {text}</translation>
    </message>
    <message>
        <source>{name} 中没有找到整改台账的表头行：前 {rows} 行里要有“存在问题”（或“问题描述”）一列，以及“责任单位”“整改时限”“完成情况”等列名中的至少两个。</source>
        <translation>No rectification ledger header row found in {name}: within the first {rows} rows there must be a “存在问题” (or “问题描述”) column and at least two of “责任单位”, “整改时限”, “完成情况” and the like.</translation>
    </message>
    <message>
        <source>{name} 的表头下没有一个问题可以导入。</source>
        <translation>There is no problem to import under the header of {name}.</translation>
    </message>
    <message>
        <source>问题类别超过 128 个字，只保留前 128 个字。</source>
        <translation>The category is longer than 128 characters; only the first 128 are kept.</translation>
    </message>
    <message>
        <source>没有“存在问题”，这一行不导入。</source>
        <translation>No “存在问题”: this row is not imported.</translation>
    </message>
    <message>
        <source>整改时限“{text}”不是日期，按原文保存，不判逾期。</source>
        <translation>Deadline “{text}” is not a date: kept as written, never counted overdue.</translation>
    </message>
    <message>
        <source>完成情况“{word}”认不出：状态按整改进展定（有进展为整改中，否则待整改）。</source>
        <translation>Completion “{word}” not recognised: the status follows the progress (in rectification if there is progress, else awaiting rectification).</translation>
    </message>
    <message>
        <source>{what}有 {count} 人：只记第一位“{name}”。</source>
        <translation>{what} names {count} people: only the first, “{name}”, is recorded.</translation>
    </message>
    <message>
        <source>{what}“{name}…”超过 {limit} 个字，不记入。</source>
        <translation>{what} “{name}…” is longer than {limit} characters and is not recorded.</translation>
    </message>
    <message>
        <source>{what}太长：{length} 个字，最多 {limit} 个字。</source>
        <translation>{what} is too long: {length} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>{name} 的内容是嵌入的另一份文档（altChunk），本程序读不出：请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。</source>
        <translation>The content of {name} is another document embedded in it (altChunk), which this program cannot read: open it in Word or WPS, save it as .docx, and import that.</translation>
    </message>
    <message>
        <source>{name} 中没有找到任务：文件中没有表格，也没有编号的条目（一、（一）1.）。</source>
        <translation>No tasks found in {name}: the file has no table and no numbered items (一、（一）1.).</translation>
    </message>
    <message>
        <source>{name} 中共有 {rows} 行，最多读取 {limit} 行，不像分工方案。</source>
        <translation>{name} has {rows} rows; at most {limit} are read. It does not look like a task plan.</translation>
    </message>
    <message>
        <source>{name} 已损坏或不是 Word 文档，无法读取。</source>
        <translation>{name} is damaged or not a Word document; it cannot be read.</translation>
    </message>
    <message>
        <source>{name} 的正文有超过 {limit} 个元素，不像分工方案，已拒绝读取。</source>
        <translation>The body of {name} has more than {limit} elements; it does not look like a task plan and was not read.</translation>
    </message>
    <message>
        <source>{name} 的表格共有超过 {limit} 个单元格，不像分工方案，已拒绝读取。</source>
        <translation>The tables of {name} have more than {limit} cells in all; it does not look like a task plan and was not read.</translation>
    </message>
    <message>
        <source>{name} 解压后过大，不像分工方案，已拒绝读取。</source>
        <translation>{name} unpacks too large; this is not like a plan and was refused.</translation>
    </message>
    <message>
        <source>{name} 的正文解压后超过 {limit} MB，不像分工方案，已拒绝读取。</source>
        <translation>The text of {name} unpacks to more than {limit} MB: it does not look like a task plan and was not read.</translation>
    </message>
    <message>
        <source>{name} 的表格有一行超过 {limit} 列，不像分工方案，已拒绝读取。</source>
        <translation>A table row in {name} has more than {limit} columns; it does not look like a task plan and was not read.</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>可附加 PDF、OFD、Word、Excel、WPS、PPT 文档、文本和图片；每个文件不超过 {file}，整个台账合计不超过 {total}。文件保存在台账中，随备份一起保存；相同的文件只存一份。</source>
        <translation>PDF, OFD, Word, Excel, WPS and PowerPoint documents, text and pictures; up to {file} a file and {total} for the whole ledger. Files are kept inside the ledger and go with its backups; the same file is kept once.</translation>
    </message>
    <message>
        <source>用于</source>
        <translation>For</translation>
    </message>
    <message>
        <source>无法打开：{error}</source>
        <translation>Cannot open: {error}</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>附加文件…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>不附加这些</source>
        <translation>Don&apos;t attach these</translation>
    </message>
    <message>
        <source>放弃这次选中的文件；已经附加的佐证材料不受影响</source>
        <translation>Drop the files chosen just now; evidence already attached is not touched</translation>
    </message>
    <message>
        <source>（未附加）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>选择佐证材料</source>
        <translation>Choose evidence</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>原完成时限：</source>
        <translation>Current deadline:</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>如：6月底前、12月20日前、下周五前</source>
        <translation>e.g. 6月底前, 12月20日前, 下周五前</translation>
    </message>
    <message>
        <source>新完成时限：</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <source>延期理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>批准人：</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>请填写新的完成时限。</source>
        <translation>Please enter the new deadline.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>Lead section</translation>
    </message>
    <message>
        <source>配合科室</source>
        <translation>Co-sections</translation>
    </message>
    <message>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>点“选择文件…”，或把文件的路径粘贴在这里后按回车</source>
        <translation>Click “Choose file…”, or paste the file&apos;s path here and press Enter</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>粘贴文字…</source>
        <translation>Paste text…</translation>
    </message>
    <message>
        <source>从 Word 复制分工方案的文字（一、（一）1. 各条及括号里的责任单位、时限），粘贴进来导入</source>
        <translation>Paste a plan copied from Word (its numbered items with the units and deadlines in brackets) to import it</translation>
    </message>
    <message>
        <source>多份反馈表…</source>
        <translation>Returned forms…</translation>
    </message>
    <message>
        <source>选择各科室报回的反馈表（可多选），按同一期次一起导入</source>
        <translation>Choose the sections&apos; returned forms (several at once) and import them for one period</translation>
    </message>
    <message>
        <source>任务分解表（新建或更新任务）</source>
        <translation>Task breakdown (new or updated tasks)</translation>
    </message>
    <message>
        <source>推进情况表（科室报回的进展）</source>
        <translation>Progress return (a section&apos;s reports)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>期次（推进情况表）</source>
        <translation>Period (progress return)</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} 份反馈表</source>
        <translation>Returned forms: {n}</translation>
    </message>
    <message>
        <source>粘贴的文字</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>{n} 个文件：{names}</source>
        <translation>Files ({n}): {names}</translation>
    </message>
    <message>
        <source>（粘贴的文字，{n} 行）</source>
        <translation>(pasted text, {n} lines)</translation>
    </message>
    <message>
        <source>找不到这个文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>正在读取并检查 {name}……</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <source>已取消读取 {name}，台账未作任何改动。</source>
        <translation>Reading {name} was cancelled; the ledger was not changed.</translation>
    </message>
    <message>
        <source>新科室</source>
        <translation>New sections</translation>
    </message>
    <message>
        <source>新部外单位</source>
        <translation>New outside units</translation>
    </message>
    <message>
        <source>泛指</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>新人员</source>
        <translation>New people</translation>
    </message>
    <message>
        <source>新重点任务</source>
        <translation>New key tasks</translation>
    </message>
    <message>
        <source>将新建——{names}</source>
        <translation> Will create: {names}</translation>
    </message>
    <message>
        <source>表中的进展列共 {n} 条进展将记入各任务（按列名的月份）。</source>
        <translation> {n} reports in the sheet&apos;s progress columns will be entered (for the month each column names).</translation>
    </message>
    <message>
        <source>对不上的 {n} 行不会导入。</source>
        <translation> {n} rows that match no task will not be imported.</translation>
    </message>
    <message>
        <source>没有填写的 {n} 行跳过。</source>
        <translation>{n} rows left blank are skipped.</translation>
    </message>
    <message>
        <source>已导入过的 {n} 行不变。</source>
        <translation>{n} rows imported before are unchanged.</translation>
    </message>
    <message>
        <source>共 {total} 行：正常 {ok}，提示 {warning}，错误 {error}（不导入）。</source>
        <translation>{total} rows: {ok} OK, {warning} with notes, {error} errors (not imported).</translation>
    </message>
    <message>
        <source>{names} 在预览之后有改动，已重新读取：请核对预览后再点“导入”。</source>
        <translation>{names} changed after the preview and was read again: check the preview, then click Import.</translation>
    </message>
    <message>
        <source>正在导入 {name}，全部行一次写入……</source>
        <translation>Importing {name}, all rows at once…</translation>
    </message>
    <message>
        <source>导入没有完成，台账未作任何改动。</source>
        <translation>The import did not finish; the ledger was not changed.</translation>
    </message>
    <message>
        <source>已导入 {new} 项新任务，更新 {updated} 项已有任务，{same} 项与台账相同未改动。</source>
        <translation>Imported {new} new tasks and updated {updated} existing ones; {same} were as in the ledger and left unchanged.</translation>
    </message>
    <message>
        <source>表中原有的进展 {n} 条已记入各任务的进展记录。</source>
        <translation> {n} reports from the sheet were entered in the tasks&apos; timelines.</translation>
    </message>
    <message>
        <source>已录入 {n} 条复命记录。</source>
        <translation>{n} report-backs entered.</translation>
    </message>
    <message>
        <source>粘贴分工方案的文字</source>
        <translation>Paste the text of a plan</translation>
    </message>
    <message>
        <source>一、强化政治引领
（一）加强理论武装
1.组织专题学习（干部教育科牵头，3月底前完成）</source>
        <translation>一、强化政治引领
（一）加强理论武装
1.组织专题学习（干部教育科牵头，3月底前完成）</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>选择各科室报回的反馈表</source>
        <translation>Choose the returned forms</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xls *.et);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.et);;All files (*)</translation>
    </message>
    <message>
        <source>选择任务分解表或分工方案</source>
        <translation>Choose a task breakdown or plan</translation>
    </message>
    <message>
        <source>表格或 Word 文档 (*.xlsx *.xls *.et *.docx);;Excel 表格 (*.xlsx *.xls);;WPS 表格 (*.et);;Word 文档 (*.docx);;所有文件 (*)</source>
        <translation>Spreadsheets or Word documents (*.xlsx *.xls *.et *.docx);;Excel workbooks (*.xlsx *.xls);;WPS spreadsheets (*.et);;Word documents (*.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>修改督查记录</source>
        <translation>Edit inspection record</translation>
    </message>
    <message>
        <source>新建督查记录</source>
        <translation>New inspection record</translation>
    </message>
    <message>
        <source>如：王建国、李明</source>
        <translation>e.g. Wang Jianguo, Li Ming</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Praised</translation>
    </message>
    <message>
        <source>批评</source>
        <translation>Criticised</translation>
    </message>
    <message>
        <source>通报中表扬或批评的科室：考核办法按次加减分</source>
        <translation>Sections the bulletin praises or criticises: the assessment rules give points each time</translation>
    </message>
    <message>
        <source>输入文字筛选任务</source>
        <translation>Type to filter the tasks</translation>
    </message>
    <message>
        <source>发现的问题，可逐条写；每条可再列为问题清单中的一个问题</source>
        <translation>What was found, item by item; each can then be listed as a problem</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>督查人员：</source>
        <translation>Inspectors:</translation>
    </message>
    <message>
        <source>到访科室/单位：</source>
        <translation>Units visited:</translation>
    </message>
    <message>
        <source>检查的任务：</source>
        <translation>Tasks checked:</translation>
    </message>
    <message>
        <source>通报：</source>
        <translation>Bulletin:</translation>
    </message>
    <message>
        <source>发现的问题：</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>不填则为“{title}”</source>
        <translation>Left blank: “{title}”</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>领导批示</source>
        <translation>Leader instruction</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>如：王建国</source>
        <translation>e.g. 王建国</translation>
    </message>
    <message>
        <source>批在什么文件上，如：市委办《信息专报》第12期</source>
        <translation>The document it was written on, e.g. 市委办《信息专报》第12期</translation>
    </message>
    <message>
        <source>据此交办新任务（作为这项任务的子任务）</source>
        <translation>Assign a new task from it (as a subtask of this task)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>如：12月底前、两周内</source>
        <translation>e.g. 12月底前, 两周内</translation>
    </message>
    <message>
        <source>批示领导：</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <source>批示日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>批示载体：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>批示内容：</source>
        <translation>Instruction:</translation>
    </message>
    <message>
        <source>交办事项：</source>
        <translation>Task assigned:</translation>
    </message>
    <message>
        <source>牵头科室：</source>
        <translation>Lead section:</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
</context>
<context>
    <name>KeyTasksTab</name>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>重新编号…</source>
        <translation>Renumber…</translation>
    </message>
    <message>
        <source>{year}年的重点任务（编号按此顺序）</source>
        <translation>Key tasks of {year} (numbered in this order)</translation>
    </message>
    <message>
        <source>添加重点任务</source>
        <translation>Add key task</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>重新编号</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <source>{year}年的任务已按现在的顺序编号，不需要重新编号。</source>
        <translation>The tasks of {year} are already numbered in their present order: nothing to renumber.</translation>
    </message>
    <message>
        <source>……另有 {n} 项</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>将改动 {n} 项任务的编号：
{shown}

已经发出的报表、督办单和反馈表上仍是原来的编号。确定重新编号吗？</source>
        <translation>The numbers of {n} tasks will change:
{shown}

Sheets, notices and feedback forms already handed out keep the old numbers. Renumber?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>红灯</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>黄灯</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>绿灯</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>复命</source>
        <translation>Report-back</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>延期申请</source>
        <translation>Extension request</translation>
    </message>
    <message>
        <source>延期审批</source>
        <translation>Extension decision</translation>
    </message>
    <message>
        <source>退回重办</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader instruction</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>To put right</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Being put right</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>大调研</source>
        <translation>Research visit</translation>
    </message>
    <message>
        <source>大督查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>专项督查</source>
        <translation>Special inspection</translation>
    </message>
    <message>
        <source>巡察反馈</source>
        <translation>Inspection tour feedback</translation>
    </message>
    <message>
        <source>月例会</source>
        <translation>Monthly meeting</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>延期后完成</source>
        <translation>On time after an extension</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>进展佐证</source>
        <translation>Progress evidence</translation>
    </message>
    <message>
        <source>销号佐证</source>
        <translation>Closing evidence</translation>
    </message>
    <message>
        <source>整改佐证</source>
        <translation>Rectification evidence</translation>
    </message>
    <message>
        <source>超进度</source>
        <translation>Ahead of schedule</translation>
    </message>
    <message>
        <source>达进度</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>按科室</source>
        <translation>By section</translation>
    </message>
    <message>
        <source>按重点任务</source>
        <translation>By key task</translation>
    </message>
    <message>
        <source>按分管领导</source>
        <translation>By leader</translation>
    </message>
    <message>
        <source>本期未反馈</source>
        <translation>No report this period</translation>
    </message>
    <message>
        <source>临期/逾期</source>
        <translation>Due soon / overdue</translation>
    </message>
    <message>
        <source>待签收</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <source>红色督办</source>
        <translation>Red notices</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未指定科室</source>
        <translation>No section</translation>
    </message>
    <message>
        <source>未归入重点任务</source>
        <translation>No key task</translation>
    </message>
    <message>
        <source>未指定分管领导</source>
        <translation>No leader in charge</translation>
    </message>
    <message>
        <source>未注明来源</source>
        <translation>No source given</translation>
    </message>
    <message>
        <source>{n}项</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}项，另有子任务{m}项</source>
        <translation>{n}, and {m} subtasks</translation>
    </message>
    <message>
        <source>{n}项（另有子任务{m}项）</source>
        <translation>{n} (and {m} subtasks)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
</context>
<context>
    <name>LedgerController</name>
    <message>
        <source>无法写入台账文件：{error}</source>
        <translation>Cannot write the ledger file: {error}</translation>
    </message>
    <message>
        <source>{action}没有完成：{error}</source>
        <translation>{action} did not finish: {error}</translation>
    </message>
    <message>
        <source>新建子任务</source>
        <translation>New subtask</translation>
    </message>
    <message>
        <source>新建任务</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>修改任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>改为「{status}」</source>
        <translation>Set to &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>录入进展</source>
        <translation>Enter progress</translation>
    </message>
    <message>
        <source>修改进展</source>
        <translation>Correct report</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader instruction</translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>从回收站恢复</source>
        <translation>Restore from recycle bin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>会议录入</source>
        <translation>Meeting entry</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>视图</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>{org} — {file}{ro}</source>
        <translation>{org} — {file}{ro}</translation>
    </message>
    <message>
        <source>{code} 已不在当前视图中，右侧仍显示它</source>
        <translation>{code} is no longer in the current view; it stays shown on the right</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年 共{total} · 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}</source>
        <translation>{year}: {total} in all · overdue {overdue} · yellow {yellow} · unreported {silent} · as of {day}</translation>
    </message>
    <message>
        <source>{year}年 显示{count}（共{total}项）· 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}</source>
        <translation>{year}: showing {count} (of {total}) · overdue {overdue} · yellow {yellow} · no report {silent} · as of {day}</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>“{action}”已完成。这项修改不能用“撤销”退回。</source>
        <translation>“{action}” done. Undo cannot take this change back.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>开始新会议…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>结束会议并查看小结</source>
        <translation>End meeting and see the summary</translation>
    </message>
    <message>
        <source>会议：</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>本期进展：回车保存并转到下一项，Shift+回车换行，Esc 撤回本次输入</source>
        <translation>This period&apos;s report: Enter saves and moves on, Shift+Enter for a new line, Esc undoes the typing</translation>
    </message>
    <message>
        <source>保存并下一项（回车）</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>交办新事项（Ctrl+N）</source>
        <translation>Assign new item (Ctrl+N)</translation>
    </message>
    <message>
        <source>上期进展</source>
        <translation>Last report</translation>
    </message>
    <message>
        <source>本次已录</source>
        <translation>Entered now</translation>
    </message>
    <message>
        <source>本期进展</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{title}（{day}，已录{n}条）</source>
        <translation>{title} ({day}, {n} entered)</translation>
    </message>
    <message>
        <source>开始新会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>请先选择会议，或点“开始新会议…”</source>
        <translation>Choose a meeting first, or click &quot;New meeting…&quot;</translation>
    </message>
    <message>
        <source>找回了 {n} 条上次没有保存的录入：走到该项时会放回输入框，按回车保存。</source>
        <translation>{n} unsaved entries from last time were recovered: each returns to the box at its task; press Enter to save.</translation>
    </message>
    <message>
        <source>牵头：{section}&#x3000;责任人：{owner}&#x3000;时限：{deadline}&#x3000;{light}&#x3000;{status}</source>
        <translation>Lead: {section}  Owner: {owner}  Deadline: {deadline}  {light}  {status}</translation>
    </message>
    <message>
        <source>（{period}）{text}</source>
        <translation>({period}) {text}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（回车保存即修改这一条，不会再记一条）</source>
        <translation>(Enter saves it as a correction of this one, not as another entry)</translation>
    </message>
    <message>
        <source>保持「{status}」</source>
        <translation>Keep &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>改为「{status}」</source>
        <translation>Set to &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>交办新事项</source>
        <translation>Assign new item</translation>
    </message>
</context>
<context>
    <name>MeetingSummaryDialog</name>
    <message>
        <source>会议小结</source>
        <translation>Meeting summary</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>主持</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Minutes by</translation>
    </message>
    <message>
        <source>如：王部长、李副部长，各科室负责人</source>
        <translation>e.g. the department head, deputies, section heads</translation>
    </message>
    <message>
        <source>如：部机关三楼会议室</source>
        <translation>e.g. the third-floor meeting room</translation>
    </message>
    <message>
        <source>另存为会议纪要 PDF…</source>
        <translation>Save minutes as PDF…</translation>
    </message>
    <message>
        <source>另存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>会议纪要的 Word 文档（公文样式），便于修改后印发</source>
        <translation>The minutes as a Word document in the official-document styles, to edit before issuing</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title}（{day}）</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>一、本次录入进展 {n} 条</source>
        <translation>1. Reports entered: {n}</translation>
    </message>
    <message>
        <source>二、本期仍未反馈 {n} 项</source>
        <translation>2. Still without a report this period: {n}</translation>
    </message>
    <message>
        <source>三、本次会议交办 {n} 项</source>
        <translation>3. Newly assigned: {n}</translation>
    </message>
    <message>
        <source>会议纪要已保存为 Word 文档：{path}</source>
        <translation>Minutes saved as a Word document: {path}</translation>
    </message>
    <message>
        <source>无法保存：{error}</source>
        <translation>Cannot save: {error}</translation>
    </message>
    <message>
        <source>会议纪要已保存（{pages} 页）：{path}{note}</source>
        <translation>Minutes saved ({pages} pages): {path}{note}</translation>
    </message>
    <message>
        <source>{title}纪要</source>
        <translation>{title} minutes</translation>
    </message>
    <message>
        <source>另存为 Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>另存为会议纪要</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MilestonesField</name>
    <message>
        <source>如 3月30%、6月60%（完成初稿）、12月100%；留空为不设</source>
        <translation>e.g. 3月30%、6月60%（完成初稿）、12月100%; leave blank for none</translation>
    </message>
    <message>
        <source>每月报告对照当月或之前最近一个节点：高出10个百分点及以上为超进度，达到为达进度，低于为欠进度</source>
        <translation>Each month&apos;s report is measured against the latest milestone at or before its month: 10 points or more above is ahead of schedule, at it on schedule, below it behind schedule</translation>
    </message>
    <message>
        <source>{month}月</source>
        <translation>month {month}</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>最近报告：{pace}（{due}应达{target}%，报{percent}%）</source>
        <translation>Latest report: {pace} ({target}% due by {due}, {percent}% reported)</translation>
    </message>
</context>
<context>
    <name>MonthCompareDialog</name>
    <message>
        <source>两个月比较</source>
        <translation>Compare two months</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>和</source>
        <translation>and</translation>
    </message>
    <message>
        <source>进步、退步按考核得分比较；不参与考核排名的科室按完成率比较。</source>
        <translation>Better or worse by the assessment score; sections not ranked, by their completion rate.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{month}未冻结，按台账现在的情况计算</source>
        <translation>{month} is not frozen: computed from the ledger as it stands</translation>
    </message>
    <message>
        <source>{month}已冻结于{year}年{m}月{day}日 {time}（{who}）</source>
        <translation>{month} frozen on {day}/{m}/{year} at {time} ({who})</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>{month}月</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>{what}（{month}）</source>
        <translation>{what} ({month})</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未反馈</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <source>考核得分</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>MonthFreezer</name>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>台账以只读方式打开</source>
        <translation>The ledger is open read-only</translation>
    </message>
    <message>
        <source>已冻结于{year}年{month}月{day}日 {time}（{who}）</source>
        <translation>Frozen on {day}/{month}/{year} at {time} ({who})</translation>
    </message>
    <message>
        <source>冻结月度数字</source>
        <translation>Freeze monthly figures</translation>
    </message>
    <message>
        <source>……另有{count}处变化</source>
        <translation>…and {count} more changes</translation>
    </message>
    <message>
        <source>{month}的数字{frozen}。按台账现在的情况重新冻结，数字将有这些变化：

{lines}

重新冻结吗？</source>
        <translation>The figures of {month} were {frozen}. Frozen again as the ledger stands now, they change as follows:

{lines}

Freeze again?</translation>
    </message>
    <message>
        <source>重新冻结</source>
        <translation>Freeze again</translation>
    </message>
    <message>
        <source>冻结{month}的数字</source>
        <translation>Freeze the figures of {month}</translation>
    </message>
    <message>
        <source>{month}还没有结束。冻结后，这个月的通报、统计和考核停在今天（{day}）的数字，之后录入的进展不再计入，除非重新冻结或解除冻结。

确定冻结吗？</source>
        <translation>{month} has not ended. Once frozen, this month&apos;s bulletin, statistics and assessment stay at today&apos;s ({day}) figures; progress entered later is not counted unless the month is frozen again or unfrozen.

Freeze it?</translation>
    </message>
    <message>
        <source>冻结</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>解除冻结</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>解除{month}的冻结？解除后，这个月的通报、统计和考核按台账现在的情况计算。</source>
        <translation>Unfreeze {month}? Its bulletin, statistics and assessment will then be computed from the ledger as it stands now.</translation>
    </message>
    <message>
        <source>解除{month}的冻结</source>
        <translation>Unfreeze {month}</translation>
    </message>
</context>
<context>
    <name>MonthlyPart</name>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>打印或保存时编期号</source>
        <translation>numbered when printed or saved</translation>
    </message>
    <message>
        <source>逾期{overdue}项、未反馈{silent}项，{issue}</source>
        <translation>{overdue} overdue, {silent} without a report, {issue}</translation>
    </message>
    <message>
        <source>{year}年{month}月重点工作任务推进落实情况通报</source>
        <translation>Bulletin on key tasks {month}-{year}</translation>
    </message>
</context>
<context>
    <name>NamesTab</name>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>类别…</source>
        <translation>Kind…</translation>
    </message>
    <message>
        <source>停用的{what}保留在原有任务上，但不再出现在新任务的选项里。改名后所有任务立即显示新名称。</source>
        <translation>Deactivated {what} stay on their tasks but are no longer offered for new ones. A new name shows on every task at once.</translation>
    </message>
    <message>
        <source>部外单位（如市委党校）牵头的任务在统计中单独列出，不参加科室排名。</source>
        <translation> Tasks led by units outside the department (such as the Party school) are counted apart and not ranked.</translation>
    </message>
    <message>
        <source>{name}（{kind}）</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>添加{what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>把「{name}」合并到：</source>
        <translation>Merge &quot;{name}&quot; into:</translation>
    </message>
    <message>
        <source>本部科室</source>
        <translation>Section of the department</translation>
    </message>
    <message>
        <source>部外单位</source>
        <translation>Unit outside the department</translation>
    </message>
    <message>
        <source>泛指各科室</source>
        <translation>All sections (collective)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>「{name}」是：</source>
        <translation>&quot;{name}&quot; is:</translation>
    </message>
    <message>
        <source>改类别</source>
        <translation>Change kind</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>开始新的会议</source>
        <translation>Start a new meeting</translation>
    </message>
    <message>
        <source>会议日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>会议名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>{month}月月例会</source>
        <translation>Monthly meeting {month}</translation>
    </message>
    <message>
        <source>{month}月月例会（第{n}次）</source>
        <translation>Monthly meeting {month} (no. {n})</translation>
    </message>
    <message>
        <source>会议名称不能为空。</source>
        <translation>The meeting needs a name.</translation>
    </message>
    <message>
        <source>已经有一个「{title}」了，请换一个名称（例如加上日期）。</source>
        <translation>There is already a &quot;{title}&quot;: choose another name (add the date, for example).</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>如：6月底前、下周五前、长期坚持、每季度</source>
        <translation>e.g. 6月底前, 下周五前, 长期坚持, 每季度</translation>
    </message>
    <message>
        <source>任务内容：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>牵头科室：</source>
        <translation>Lead section:</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
</context>
<context>
    <name>OversightActions</name>
    <message>
        <source>保存督查记录</source>
        <translation>Save inspection record</translation>
    </message>
    <message>
        <source>删除督查记录</source>
        <translation>Delete inspection record</translation>
    </message>
    <message>
        <source>保存问题</source>
        <translation>Save problem</translation>
    </message>
    <message>
        <source>录入整改进展</source>
        <translation>Enter rectification progress</translation>
    </message>
    <message>
        <source>改变问题状态</source>
        <translation>Change problem status</translation>
    </message>
    <message>
        <source>删除问题</source>
        <translation>Delete problem</translation>
    </message>
</context>
<context>
    <name>OversightPage</name>
    <message>
        <source>按责任科室</source>
        <translation>By responsible section</translation>
    </message>
    <message>
        <source>按来源（督查记录）</source>
        <translation>By source (record)</translation>
    </message>
    <message>
        <source>全部问题</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>未整改完成</source>
        <translation>Not yet put right</translation>
    </message>
    <message>
        <source>逾期及临期</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <source>整改逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>新建督查记录…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <source>新建问题…</source>
        <translation>New problem…</translation>
    </message>
    <message>
        <source>打印问题整改清单…</source>
        <translation>Print problem list…</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>整改进展…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>销号…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>佐证材料…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>重新整改</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>列为问题…</source>
        <translation>List a problem…</translation>
    </message>
    <message>
        <source>打印督查通报…</source>
        <translation>Print bulletin…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;选中左侧的问题或督查记录，在这里查看详情。&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a problem or a record on the left to see it here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>删除问题</source>
        <translation>Delete problem</translation>
    </message>
    <message>
        <source>删除问题 {n}？它的整改进展和佐证材料一并删除；修改记录中会留下它的内容。</source>
        <translation>Delete problem {n}? Its rectification reports and evidence go with it; the change history keeps its content.</translation>
    </message>
    <message>
        <source>{year}年：督查/调研记录{records}条，问题{found}个，完成整改{solved}个（其中已销号{closed}个），整改率{rate}；整改逾期{overdue}个，临期{due}个</source>
        <translation>{year}: {records} records, {found} problems, {solved} put right ({closed} of them closed), rate {rate}; {overdue} overdue, {due} due soon</translation>
    </message>
    <message>
        <source>删除督查记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>删除督查记录“{title}”？</source>
        <translation>Delete the record “{title}”?</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>月度通报“四、下步要求”的内容：每行一条，按（一）（二）……编号列出。</source>
        <translation>The monthly bulletin&apos;s &quot;Next steps&quot;: one per line, numbered (1), (2) … in order.</translation>
    </message>
    <message>
        <source>未选择：使用本机找到的中文字体</source>
        <translation>None chosen: a Chinese font found on this PC is used</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>报表字体</source>
        <translation>Font for printed papers</translation>
    </message>
    <message>
        <source>公文正文宜用仿宋（如 simfang.ttf）；只能用 TrueType 字体文件（.ttf、.ttc）。</source>
        <translation>Official documents are best set in FangSong (e.g. simfang.ttf); only TrueType font files (.ttf, .ttc) can be used.</translation>
    </message>
    <message>
        <source>不自动冻结</source>
        <translation>Never automatically</translation>
    </message>
    <message>
        <source>从每月这一天起，打开台账时冻结上个月的统计、通报和考核数字（上个月已冻结的不变）；“结束会议”总会冻结会议所在的月份</source>
        <translation>From this day of each month, opening the ledger freezes last month&apos;s statistics, bulletin and assessment figures (a month already frozen stays as it is); “End meeting” always freezes the meeting&apos;s month</translation>
    </message>
    <message>
        <source>每月几日冻结上月数字</source>
        <translation>Day of the month to freeze last month&apos;s figures</translation>
    </message>
    <message>
        <source>选择报表字体</source>
        <translation>Choose the font for printed papers</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)</source>
        <translation>TrueType fonts (*.ttf *.ttc *.TTF *.TTC)</translation>
    </message>
    <message>
        <source>“{name}”不能嵌入 PDF：请选择 TrueType 字体文件（.ttf 或 .ttc），如 simfang.ttf。</source>
        <translation>“{name}” cannot be embedded in a PDF: choose a TrueType font file (.ttf or .ttc), such as simfang.ttf.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>无法显示这个 PDF 文件。</source>
        <translation>Cannot show this PDF file.</translation>
    </message>
    <message>
        <source>无法显示这个 PDF 文件：{error}</source>
        <translation>Cannot show this PDF file: {error}</translation>
    </message>
    <message>
        <source>第 {page} 页 共 {total} 页</source>
        <translation>Page {page} of {total}</translation>
    </message>
</context>
<context>
    <name>ProblemCloseDialog</name>
    <message>
        <source>问题销号</source>
        <translation>Close problem</translation>
    </message>
    <message>
        <source>问题：</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>如：经复查，整改到位，同意销号</source>
        <translation>e.g. Checked again: put right, closing approved</translation>
    </message>
    <message>
        <source>销号说明：</source>
        <translation>Closing note:</translation>
    </message>
    <message>
        <source>审核人：</source>
        <translation>Approved by:</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>修改问题</source>
        <translation>Edit problem</translation>
    </message>
    <message>
        <source>新建问题</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>（未注明来源）</source>
        <translation>(no source)</translation>
    </message>
    <message>
        <source>（不关联任务）</source>
        <translation>(no task)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>如：6月底前、2026年9月30日、下周五前、长期坚持</source>
        <translation>e.g. 6月底前, 2026年9月30日, 下周五前, 长期坚持</translation>
    </message>
    <message>
        <source>改动已有的整改时限时必填</source>
        <translation>Required when moving a deadline</translation>
    </message>
    <message>
        <source>问题描述：</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>关联任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>责任科室：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>责任人：</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>整改措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>整改时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>调整理由：</source>
        <translation>Reason for change:</translation>
    </message>
    <message>
        <source>整改时限不能改为空。</source>
        <translation>The deadline cannot be made empty.</translation>
    </message>
</context>
<context>
    <name>ProblemImportDialog</name>
    <message>
        <source>导入整改台账</source>
        <translation>Import rectification ledger</translation>
    </message>
    <message>
        <source>点“选择文件…”选择巡察、审计或督查反馈问题的整改台账，或把文件的路径粘贴在这里后按回车</source>
        <translation>Click “Choose file…” to choose the rectification ledger of problems found by inspection, audit or supervision, or paste the file&apos;s path here and press Enter</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>不填则取表格的标题行，没有标题行时取文件名</source>
        <translation>Left blank: the sheet&apos;s title row, or the file name if it has none</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择整改台账</source>
        <translation>Choose a rectification ledger</translation>
    </message>
    <message>
        <source>表格或 Word 文档 (*.xlsx *.xls *.et *.docx);;所有文件 (*)</source>
        <translation>Spreadsheets or Word documents (*.xlsx *.xls *.et *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>找不到这个文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <source>正在读取并检查 {name}……</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <source>已取消读取 {name}，台账未作任何改动。</source>
        <translation>Reading {name} cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>共 {total} 行：新增 {new}，更新 {updated}，不变 {same}，错误 {error}（不导入）。</source>
        <translation>{total} rows: {new} new, {updated} updated, {same} unchanged, {error} errors (not imported).</translation>
    </message>
    <message>
        <source>将新建——{names}</source>
        <translation>Will be created — {names}</translation>
    </message>
    <message>
        <source>{name} 在预览之后有改动，已重新读取：请核对预览后再点“导入”。</source>
        <translation>{name} changed after the preview and was read again: check the preview, then click “Import”.</translation>
    </message>
    <message>
        <source>正在导入 {name}，全部行一次写入……</source>
        <translation>Importing {name}, all rows in one write…</translation>
    </message>
    <message>
        <source>导入没有完成，台账未作任何改动。</source>
        <translation>The import did not finish; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>已导入 {new} 个新问题，更新 {updated} 个已有问题，{same} 个不变。</source>
        <translation>Imported {new} new problems, updated {updated}, {same} unchanged.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>整改进展</source>
        <translation>Report on putting right</translation>
    </message>
    <message>
        <source>问题：</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>整改已完成（改为“已整改”）</source>
        <translation>Put right (mark as “Put right”)</translation>
    </message>
    <message>
        <source>整改情况：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>录入进展</source>
        <translation>Enter progress</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>进展内容：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>进度：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>ProjectorLink</name>
    <message>
        <source>投影放映</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <source>在会议室的大屏上全屏显示本次会议：逐个科室，方向键翻页，Esc 退出</source>
        <translation>Show this meeting full screen on the meeting room&apos;s screen: one section at a time, arrow keys to page, Esc to leave</translation>
    </message>
    <message>
        <source>请先在“会议录入”选择会议</source>
        <translation>Choose a meeting in “Meeting entry” first</translation>
    </message>
    <message>
        <source>{title}&#x3000;{day}</source>
        <translation>{title}   {day}</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>月例会投影</source>
        <translation>Monthly meeting — projector</translation>
    </message>
    <message>
        <source>→ 下一页&#x3000;← 上一页&#x3000;Esc 退出</source>
        <translation>→ next page   ← previous page   Esc to leave</translation>
    </message>
    <message>
        <source>本次会议没有需要汇报的任务</source>
        <translation>No tasks to report at this meeting</translation>
    </message>
    <message>
        <source>科室 {section}/{sections}&#x3000;第 {page}/{pages} 页</source>
        <translation>Section {section}/{sections}   page {page}/{pages}</translation>
    </message>
    <message>
        <source>本页超出屏幕</source>
        <translation>This page runs off the screen</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>恢复所选任务</source>
        <translation>Restore selected task</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>删除的任务都在这里，恢复时连同一起删除的子任务一并恢复。</source>
        <translation>Deleted tasks are kept here; restoring one brings back the subtasks deleted with it.</translation>
    </message>
    <message>
        <source>{title}&#x3000;（删除于 {when}）</source>
        <translation>{title}  (deleted {when})</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source>催办</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>提醒（蓝，只记录，不编号）</source>
        <translation>Reminder (blue, recorded only, not numbered)</translation>
    </message>
    <message>
        <source>督办单（黄）</source>
        <translation>Supervision notice (yellow)</translation>
    </message>
    <message>
        <source>红色督办单（红）</source>
        <translation>Red supervision notice (red)</translation>
    </message>
    <message>
        <source>等级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>按触发条件：{level}</source>
        <translation>By the trigger: {level}</translation>
    </message>
    <message>
        <source>（{why}）</source>
        <translation>({why})</translation>
    </message>
    <message>
        <source>子任务只记提醒；督办单发给它所属的一级任务。</source>
        <translation>A subtask is only reminded; the notice goes to its top-level task.</translation>
    </message>
    <message>
        <source>发送方式：</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>督办单、红色督办单发出时编号（文件 → 打印进展表…，报表选“督办单”）；
已有同级或更高级的督办单未办结时，记为对它的催办。
每次催办都记入催办记录和进展记录。</source>
        <translation>Supervision notices and red notices are numbered when sent (File → Print progress sheet…, report “Supervision notice”);
while a notice of the same or a higher level is still open, this is recorded as a reminder of it.
Every reminder goes into the reminder log and the progress record.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>工作任务推进情况表</source>
        <translation>Task progress sheet</translation>
    </message>
    <message>
        <source>统计表</source>
        <translation>Statistics sheet</translation>
    </message>
    <message>
        <source>督办单（当前选中的任务 {code}）</source>
        <translation>Supervision notice (the selected task {code})</translation>
    </message>
    <message>
        <source>问题整改清单</source>
        <translation>Problem rectification list</translation>
    </message>
    <message>
        <source>督查通报（问题清单中选中的督查记录）</source>
        <translation>Inspection bulletin (the record selected in the problem list)</translation>
    </message>
    <message>
        <source>考核汇总表</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <source>年度工作台账（也可存为 Word）</source>
        <translation>Year account (also as Word)</translation>
    </message>
    <message>
        <source>月度通报（公文格式，也可存为 Word）</source>
        <translation>Monthly bulletin (official-document form, also as Word)</translation>
    </message>
    <message>
        <source>按科室</source>
        <translation>By section</translation>
    </message>
    <message>
        <source>按重点任务</source>
        <translation>By key task</translation>
    </message>
    <message>
        <source>按来源（问题整改清单）</source>
        <translation>By source (problem list)</translation>
    </message>
    <message>
        <source>全部科室</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>全部重点任务</source>
        <translation>All key tasks</translation>
    </message>
    <message>
        <source>全部分管领导</source>
        <translation>All leaders in charge</translation>
    </message>
    <message>
        <source>左侧留装订边（10 毫米）</source>
        <translation>Binding margin on the left (10 mm)</translation>
    </message>
    <message>
        <source>按触发条件</source>
        <translation>By the trigger</translation>
    </message>
    <message>
        <source>提醒（不编号）</source>
        <translation>Reminder (not numbered)</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <source>红色督办单</source>
        <translation>Red supervision notice</translation>
    </message>
    <message>
        <source>催办：督办单未办结的任务另发一张新编号的督办单</source>
        <translation>Chase: a task whose notice is still open gets a new numbered notice</translation>
    </message>
    <message>
        <source>不选时，督办单未办结（任务未办结，且反馈时限未到或发出后未报送进展）的任务重印原督办单，编号不变；选中时另发一张，注明前次督办单。</source>
        <translation>Unticked, a task whose notice is still open (the task unfinished, and the reply date not passed or no report since it went out) gets its notice reprinted under the same number; ticked, a new one is issued citing the earlier notice.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>列出</source>
        <translation>List</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>编发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>通报红头下编发行的日期；通报中的数字截至所选月份的月底（本月则截至今天）</source>
        <translation>The date on the 通报&apos;s issuing line under its red head; its figures run to the end of the chosen month (to today for this month)</translation>
    </message>
    <message>
        <source>提醒函</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <source>{paper} {n} 张</source>
        <translation>{n} × {paper}</translation>
    </message>
    <message>
        <source>；另有 {n} 项按触发条件无需督办，未列入</source>
        <translation>; {n} more tasks need no notice by the trigger and are left out</translation>
    </message>
    <message>
        <source>没有符合条件的任务</source>
        <translation>No matching tasks</translation>
    </message>
    <message>
        <source>{counts}（提醒不编号，{when}）</source>
        <translation>{counts} (reminders are not numbered, {when})</translation>
    </message>
    <message>
        <source>已记入催办记录</source>
        <translation>recorded in the chase record</translation>
    </message>
    <message>
        <source>批量督办单（每项一页）</source>
        <translation>Supervision notices in a batch (one page each)</translation>
    </message>
    <message>
        <source>按触发条件：逾期超过设定天数的发红色督办单，逾期、进度滞后或本期未反馈的发督办单，临近完成时限的发提醒函，都不符合的不发；选定等级则列出的每项都按这一等级。提醒函不编号，只记入催办记录。</source>
        <translation>By the trigger: overdue beyond the set days gets a red notice; overdue, behind schedule or unreported this period gets a notice; a deadline coming gets a reminder letter; anything else gets none. A level chosen applies to every task listed. Reminder letters are not numbered, only recorded in the reminder log.</translation>
    </message>
    <message>
        <source>打印或保存时记入催办记录</source>
        <translation>recorded when printed or saved</translation>
    </message>
    <message>
        <source>{counts}：{numbers}</source>
        <translation>{counts}: {numbers}</translation>
    </message>
    <message>
        <source>{counts}：{numbers} 为未办结的原单，另 {waiting} 张打印或保存时编号</source>
        <translation>{counts}: {numbers} are open notices; {waiting} more numbered when printed or saved</translation>
    </message>
    <message>
        <source>{counts}（打印或保存时编号）</source>
        <translation>{counts} (numbered when printed or saved)</translation>
    </message>
    <message>
        <source>；提醒函不编号，{when}</source>
        <translation>; reminder letters are not numbered, {when}</translation>
    </message>
    <message>
        <source>逾期的（含子任务逾期）</source>
        <translation>Overdue (including overdue subtasks)</translation>
    </message>
    <message>
        <source>红灯的</source>
        <translation>Red light</translation>
    </message>
    <message>
        <source>本期未反馈的</source>
        <translation>No report this period</translation>
    </message>
    <message>
        <source>全部未启动、推进中的（不含暂缓）</source>
        <translation>All not started or in progress (not suspended)</translation>
    </message>
    <message>
        <source>全部任务</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>未完成的</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>逾期及临期（红灯、黄灯）</source>
        <translation>Overdue and due soon (red, yellow)</translation>
    </message>
    <message>
        <source>{n} 列</source>
        <translation>{n} columns</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>打印报表</source>
        <translation>Print sheets</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>正在生成：已排好 {n} 页……</source>
        <translation>Generating: {n} pages laid out…</translation>
    </message>
    <message>
        <source>{n} 个问题</source>
        <translation>Problems: {n}</translation>
    </message>
    <message>
        <source>打印或保存时编期号</source>
        <translation>numbered when printed or saved</translation>
    </message>
    <message>
        <source>{n} 个问题，{issue}</source>
        <translation>{n} problems, {issue}</translation>
    </message>
    <message>
        <source>任务{n}、{m} 个问题</source>
        <translation>Tasks: {n}; problems: {m}</translation>
    </message>
    <message>
        <source>{n} 个科室</source>
        <translation>Sections: {n}</translation>
    </message>
    <message>
        <source>生成失败：{error}</source>
        <translation>Generating failed: {error}</translation>
    </message>
    <message>
        <source>{summary}，共 {pages} 页</source>
        <translation>{summary}; pages: {pages}</translation>
    </message>
    <message>
        <source>发出提醒函</source>
        <translation>Send reminder letters</translation>
    </message>
    <message>
        <source>发出督办单</source>
        <translation>Issue notices</translation>
    </message>
    <message>
        <source>编发月度通报</source>
        <translation>Issue the monthly bulletin</translation>
    </message>
    <message>
        <source>编发督查通报</source>
        <translation>Issue the inspection bulletin</translation>
    </message>
    <message>
        <source>提醒函已记入催办记录（提醒不编号）：可以再点“打印…”或“另存为 PDF…”，不会重复记录。</source>
        <translation>The reminders are recorded in the reminder log (reminders are not numbered): you can click “Print…” or “Save as PDF…” again; they will not be recorded twice.</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>Supervision notices</translation>
    </message>
    <message>
        <source>督办单（{numbers}）</source>
        <translation>Supervision notices ({numbers})</translation>
    </message>
    <message>
        <source>督办单（{first}等 {n} 张）</source>
        <translation>Supervision notices ({first} and others, {n} in all)</translation>
    </message>
    <message>
        <source>{notices}已编号并记入催办记录：再点“打印…”或“另存为 PDF…”，仍用原编号，不会重新编号。</source>
        <translation>{notices} have been numbered and recorded in the reminder log: click “Print…” or “Save as PDF…” again and they keep their numbers; nothing is numbered anew.</translation>
    </message>
    <message>
        <source>通报已编期号：再打印或另存，仍是这一期，不会重新编期号。</source>
        <translation>The bulletin has its issue number: printed or saved again it keeps the same issue; no new issue number is given.</translation>
    </message>
    <message>
        <source>无法保存：{error}</source>
        <translation>Cannot save: {error}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>另存为 Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>已取消打印：已送出 {n} 页</source>
        <translation>Printing cancelled; pages sent: {n}</translation>
    </message>
    <message>
        <source>已送打印：{n} 页</source>
        <translation>Sent to the printer; pages: {n}</translation>
    </message>
    <message>
        <source>没有能送去打印{problem}：请检查打印机，或“另存为 PDF”后用阅读器打印。</source>
        <translation>Could not print{problem}: check the printer, or save as PDF and print it from a reader.</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{month}{scope}重点工作任务推进情况表</source>
        <translation>{month}{scope} key task progress sheet</translation>
    </message>
    <message>
        <source>{month}重点工作任务统计表</source>
        <translation>{month} key task statistics</translation>
    </message>
    <message>
        <source>{month}督办单（{code}）</source>
        <translation>{month} supervision notice ({code})</translation>
    </message>
    <message>
        <source>{month}{scope}督办单</source>
        <translation>{month}{scope} supervision notices</translation>
    </message>
    <message>
        <source>{month}{scope}问题整改清单</source>
        <translation>{month}{scope} problem list</translation>
    </message>
    <message>
        <source>{month}督查通报</source>
        <translation>{month} inspection bulletin</translation>
    </message>
    <message>
        <source>{month}科室考核汇总表</source>
        <translation>{month} section assessment</translation>
    </message>
    <message>
        <source>{year}年度工作台账</source>
        <translation>{year} account</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>退回重办</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>如：佐证材料不全，请补充后重新报送办结</source>
        <translation>e.g. the evidence is incomplete; complete it and report completion again</translation>
    </message>
    <message>
        <source>原完成时限：</source>
        <translation>Original deadline:</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>原完成时限已过：不定重办时限，退回后这项任务即为逾期。</source>
        <translation>The original deadline has passed: without a redo deadline the task is overdue as soon as it is returned.</translation>
    </message>
    <message>
        <source>如：12月20日前、两周内（不填则原完成时限不变）</source>
        <translation>e.g. 12月20日前, 两周内 (blank: the deadline stays)</translation>
    </message>
    <message>
        <source>重办时限：</source>
        <translation>Redo deadline:</translation>
    </message>
    <message>
        <source>审核人（不填为录入人）</source>
        <translation>Reviewer (blank: the person entering)</translation>
    </message>
    <message>
        <source>退回理由：</source>
        <translation>Reason for return:</translation>
    </message>
    <message>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>退回后进度改为{percent}%（办结前报告的进度）。</source>
        <translation>After the return its progress is {percent}% (as reported before it was finished).</translation>
    </message>
    <message>
        <source>退回后进度改为{percent}%（台账中没有办结前的进度）。</source>
        <translation>After the return its progress is {percent}% (the ledger has no report from before it was finished).</translation>
    </message>
    <message>
        <source>退回后任务回到“推进中”，退回次数计入考核。</source>
        <translation>Returned, the task goes back to “in progress”; each return counts in the assessment.</translation>
    </message>
</context>
<context>
    <name>ScoreDetailsDialog</name>
    <message>
        <source>{section}加减分明细</source>
        <translation>{section}: points line by line</translation>
    </message>
    <message>
        <source>{year}年，截至{day}；考核办法：{rules}。第{rank}名，{tier}。</source>
        <translation>{year}, as of {day}; rules: {rules}. Rank {rank}, {tier}.</translation>
    </message>
    <message>
        <source>截至当日没有加减分的事项：考核得分就是基础分。</source>
        <translation>Nothing scored points by this day: the score is the base.</translation>
    </message>
    <message>
        <source>基础分 {base} ＋ 加分 {added} ＋ 减分 {taken} ＝ 考核得分 {score}</source>
        <translation>Base {base} + added {added} + taken {taken} = score {score}</translation>
    </message>
    <message>
        <source>各项合计 ＝ 考核得分 {score}（按比率加权，满分100）</source>
        <translation>Sum of the lines = score {score} (weighted rates, out of 100)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>连接服务器上的台账</source>
        <translation>Connect to a ledger on a server</translation>
    </message>
    <message>
        <source>几台电脑共用一个台账时，台账放在办公室内网的 PostgreSQL 服务器上。请填写管理员给出的服务器地址、数据库和用户名。</source>
        <translation>When several PCs share one ledger, it is kept on the office network&apos;s PostgreSQL server. Fill in the server, database and user name your administrator gave you.</translation>
    </message>
    <message>
        <source>如 10.1.2.3 或 zzb-server</source>
        <translation>e.g. 10.1.2.3 or zzb-server</translation>
    </message>
    <message>
        <source>不会保存在这台电脑上</source>
        <translation>never stored on this PC</translation>
    </message>
    <message>
        <source>尽量加密（不核验证书）</source>
        <translation>Encrypt if possible (certificate not verified)</translation>
    </message>
    <message>
        <source>加密并核验服务器证书（推荐）</source>
        <translation>Encrypt and verify the server&apos;s certificate (recommended)</translation>
    </message>
    <message>
        <source>加密并核验证书机构（不核对服务器名）</source>
        <translation>Encrypt and verify the certificate authority (server name not checked)</translation>
    </message>
    <message>
        <source>必须加密（不核验证书）</source>
        <translation>Always encrypt (certificate not verified)</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>管理员给的 .crt 文件</source>
        <translation>The .crt file from the administrator</translation>
    </message>
    <message>
        <source>核验服务器证书所用的证书机构（CA）文件；不填则用系统自带的证书机构</source>
        <translation>The certificate authority (CA) file used to verify the server&apos;s certificate; empty: the system&apos;s own authorities</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>加密：</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>CA 文件：</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择证书机构（CA）文件</source>
        <translation>Choose the certificate authority (CA) file</translation>
    </message>
    <message>
        <source>证书 (*.crt *.pem *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>地址里写着密码：已移到密码框，只用这一次，不会保存。密码不要写在地址、快捷方式或脚本里（脚本可用 PGPASSWORD 或 ~/.pgpass）。</source>
        <translation>The address contained a password: it was moved to the password box, used this once and not saved. Do not write passwords in addresses, shortcuts or scripts (scripts can use PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>请填写服务器的名称或 IP 地址。</source>
        <translation>Please fill in the server&apos;s name or IP address.</translation>
    </message>
    <message>
        <source>请填写数据库名。</source>
        <translation>Please fill in the database name.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please fill in the user name.</translation>
    </message>
</context>
<context>
    <name>ServerSafetyDialog</name>
    <message>
        <source>数据安全（服务器台账）</source>
        <translation>Data safety (server ledger)</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>服务器台账：</source>
        <translation>Server ledger:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>{database}（服务器 {host}，用户 {user}）</source>
        <translation>{database} (server {host}, user {user})</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this PC</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>服务器自己保证数据完整；“立即备份”把整个台账复制成一个文件，核对每张表的行数。这个文件可以像单机台账一样打开，也可以用 main.py restore 恢复到服务器。</source>
        <translation>The server keeps its data whole itself; &quot;Back up now&quot; copies the whole ledger into one file and checks each table&apos;s row count. That file opens like a ledger on one PC, and main.py restore puts it back on the server.</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>这台电脑上的备份（新的在前）：</source>
        <translation>Backups on this PC (newest first):</translation>
    </message>
    <message>
        <source>这台电脑上还没有这个服务器台账的备份。</source>
        <translation>This PC holds no backup of this server ledger yet.</translation>
    </message>
    <message>
        <source>正在把整个台账复制成文件……</source>
        <translation>Copying the whole ledger into a file…</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source> 个百分点</source>
        <translation> points</translation>
    </message>
    <message>
        <source>欠进度亮黄灯</source>
        <translation>Yellow light when behind milestones</translation>
    </message>
    <message>
        <source>最近一次报告低于序时进度节点目标（欠进度）的任务亮黄灯</source>
        <translation>Tasks whose latest report falls short of the milestone due get a yellow light</translation>
    </message>
    <message>
        <source>交办的任务过了这些天仍未签收，亮黄灯；0 表示不提醒</source>
        <translation>An assigned task still not signed for after these days turns yellow; 0: no reminder</translation>
    </message>
    <message>
        <source>不保留（直接按规则亮灯）</source>
        <translation>Not kept (lit by the usual rules at once)</translation>
    </message>
    <message>
        <source>逾期（红灯）的任务延期后，先亮这些天黄灯，再按通常的规则亮灯；0 表示不保留</source>
        <translation>An overdue (red) task whose deadline is extended stays yellow for these days, then is lit by the usual rules; 0: not kept</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>留空则打印空白签字栏</source>
        <translation>Leave empty for a blank signature line</translation>
    </message>
    <message>
        <source>督</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>督办单文号的代字：填“组督”，文号为“组督〔2026〕3号”</source>
        <translation>The notices&apos; reference code: with &quot;组督&quot; a notice is numbered 组督〔2026〕3号</translation>
    </message>
    <message>
        <source>0：一逾期即发红色督办单；逾期未超过这些天数的发督办单</source>
        <translation>0: a red notice as soon as a task is overdue; overdue by no more than these days, an ordinary notice</translation>
    </message>
    <message>
        <source>留空则在督办单上留空待填</source>
        <translation>Leave empty to leave a blank on the notice</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>当前年度</source>
        <translation>Current year</translation>
    </message>
    <message>
        <source>临期提醒（到期前）</source>
        <translation>Due-soon warning (before the deadline)</translation>
    </message>
    <message>
        <source>进度滞后提醒（落后于时间进度）</source>
        <translation>Behind-schedule warning (behind the time elapsed)</translation>
    </message>
    <message>
        <source>签收期限（交办后）</source>
        <translation>Days to sign for (after assignment)</translation>
    </message>
    <message>
        <source>红灯纠正后保留黄灯</source>
        <translation>Keep yellow after a red is put right</translation>
    </message>
    <message>
        <source>备份文件夹（留空为台账旁的默认位置）</source>
        <translation>Backup folder (empty: beside the ledger)</translation>
    </message>
    <message>
        <source>保留最近备份</source>
        <translation>Keep the latest backups</translation>
    </message>
    <message>
        <source>报表制表人</source>
        <translation>Sheets prepared by</translation>
    </message>
    <message>
        <source>报表审核人</source>
        <translation>Sheets reviewed by</translation>
    </message>
    <message>
        <source>报表分管领导</source>
        <translation>Sheets&apos; leader in charge</translation>
    </message>
    <message>
        <source>重新启动程序后生效；打印的报表始终是中文</source>
        <translation>Takes effect when the program starts again; printed sheets are always in Chinese</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>Interface language (after a restart)</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>文号代字</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>反馈时限（发出后）</source>
        <translation>Reply due (after issuing)</translation>
    </message>
    <message>
        <source>提醒（距完成时限）</source>
        <translation>Reminder (days before the deadline)</translation>
    </message>
    <message>
        <source>红色督办单（逾期超过）</source>
        <translation>Red notice (when overdue by more than)</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>单位名称不能为空。</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>设置还没有保存</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>常规、考核等设置中的修改还没有保存，关闭后就没有了。
不保存，直接关闭吗？（要保存请点“否”，再点“保存”。）</source>
        <translation>Changes to the general and assessment settings have not been saved and will be lost when you close.
Close without saving? (To keep them, choose No, then Save.)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>牵头科室：</source>
        <translation>Lead section:</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>签收人，如 李明（不填为录入人）</source>
        <translation>Signed by, e.g. Li Ming (blank: the person entering)</translation>
    </message>
    <message>
        <source>签收人：</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>签收日期：</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <source>同时签收{section}其余 {n} 项待签收的任务</source>
        <translation>Also sign for the other {n} tasks of {section} awaiting sign-off</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>导入任务分解表（Excel、WPS、Word）…</source>
        <translation>Import a task breakdown (Excel, WPS, Word)…</translation>
    </message>
    <message>
        <source>新建任务…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>打开示例台账，看看填好的样子</source>
        <translation>Open the example ledger to see one filled in</translation>
    </message>
    <message>
        <source>年初把分解表导入一次，以后每月例会在“会议录入”里逐项记进展；示例台账单独存放，不会混入这本台账。</source>
        <translation>Import the breakdown once at the start of the year, then enter each month&apos;s reports in &quot;Meeting entry&quot;; the example is kept apart and never mixes into this ledger.</translation>
    </message>
    <message>
        <source>这本台账还没有{year}年的任务。怎样开始？</source>
        <translation>This ledger has no tasks for {year} yet. How would you like to start?</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>统计哪一个月：冻结的月份显示冻结时的数字，之后的修改不计入</source>
        <translation>Which month to count: a frozen month shows its figures as frozen; later changes do not count</translation>
    </message>
    <message>
        <source>冻结本月数字</source>
        <translation>Freeze this month&apos;s figures</translation>
    </message>
    <message>
        <source>解除冻结</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>两个月比较…</source>
        <translation>Compare two months…</translation>
    </message>
    <message>
        <source>按科室比较两个月的完成率、逾期、未反馈和考核得分，标出进步或退步</source>
        <translation>Compare two months by section (completion rate, overdue, no feedback, score), marking better or worse</translation>
    </message>
    <message>
        <source>任务推进</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>问题整改</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>双击一个科室，查看它的加减分明细</source>
        <translation>Double-click a section to see its points line by line</translation>
    </message>
    <message>
        <source>考核排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>截至{day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <source>{month}（已冻结）</source>
        <translation>{month} (frozen)</translation>
    </message>
    <message>
        <source>两个月比较</source>
        <translation>Compare two months</translation>
    </message>
    <message>
        <source>本年度还不到两个月，没有可比较的月份。</source>
        <translation>The year has fewer than two months; there is nothing to compare.</translation>
    </message>
    <message>
        <source>重新冻结…</source>
        <translation>Freeze again…</translation>
    </message>
    <message>
        <source>冻结这个月的数字</source>
        <translation>Freeze this month&apos;s figures</translation>
    </message>
    <message>
        <source>{year}年设置</source>
        <translation>set for {year}</translation>
    </message>
    <message>
        <source>程序默认，可在“设置 → 考核”中修改</source>
        <translation>the program&apos;s default; change it in Settings → Assessment</translation>
    </message>
    <message>
        <source>考核办法：{name}（{kept}）。双击一个科室，查看每一分的来历。</source>
        <translation>Assessment rules: {name} ({kept}). Double-click a section to see where every point comes from.</translation>
    </message>
    <message>
        <source>，之后的修改不计入。</source>
        <translation>; later changes are not counted.</translation>
    </message>
    <message>
        <source>未冻结，按台账现在的情况计算。</source>
        <translation>Not frozen: computed from the ledger as it stands.</translation>
    </message>
    <message>
        <source>{year}年 截至{day}：按牵头科室统计。{rule}。点击数字查看对应任务。</source>
        <translation>{year}, as of {day}: counted by lead section. {rule}. Click a number to see its tasks.</translation>
    </message>
    <message>
        <source>{year}年 截至{day}。</source>
        <translation>{year}, as of {day}. </translation>
    </message>
    <message>
        <source>按一级任务计数，子任务计入所属任务（有子任务逾期、临期或本期未反馈的，所属任务按此计），已撤销的不计</source>
        <translation>Top-level tasks are counted, subtasks within their task (a task counts as overdue, due soon or without a report when a subtask is), cancelled ones not at all</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>任务内容</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>牵头科室</source>
        <translation>Lead section</translation>
    </message>
    <message>
        <source>配合科室</source>
        <translation>Co-sections</translation>
    </message>
    <message>
        <source>分管领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>具体措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>工作目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>进展记录（新的在前）</source>
        <translation>Reports (newest first)</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>这项任务的每一次修改：谁、什么时候、从什么改成什么</source>
        <translation>Every change to this task: who, when, from what to what</translation>
    </message>
    <message>
        <source>{code} {status}</source>
        <translation>{code} {status}</translation>
    </message>
    <message>
        <source>待签收（今天交办）</source>
        <translation>Awaiting sign-off (assigned today)</translation>
    </message>
    <message>
        <source>待签收（{day}交办，已{days}天）</source>
        <translation>Awaiting sign-off (assigned {day}, {days} days ago)</translation>
    </message>
    <message>
        <source>待签收（{day}交办）</source>
        <translation>Awaiting sign-off (assigned {day})</translation>
    </message>
    <message>
        <source>已退回重办{n}次</source>
        <translation>Returned for rework {n} times</translation>
    </message>
    <message>
        <source>请在左侧选择一项任务</source>
        <translation>Choose a task on the left</translation>
    </message>
    <message>
        <source>原时限 {old} → {new}（{reason}）</source>
        <translation>was {old} → {new} ({reason})</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>none</translation>
    </message>
    <message>
        <source>已销号：{note}（{by}）</source>
        <translation>Closed: {note} ({by})</translation>
    </message>
    <message>
        <source>评价：{rating}&#x3000;{note}</source>
        <translation>Rating: {rating}  {note}</translation>
    </message>
    <message>
        <source>销号佐证：{names}</source>
        <translation>Closing evidence: {names}</translation>
    </message>
    <message>
        <source>佐证材料 {n} 份（任务 → 佐证材料…）</source>
        <translation>Evidence: {n} (Task → Evidence…)</translation>
    </message>
    <message>
        <source>督查发现的问题 {n} 个，未整改完成 {open} 个（见问题清单）</source>
        <translation>Problems found by inspections: {n}, not yet put right: {open} (see Problems)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（已停用的条目）</source>
        <translation>(inactive entry)</translation>
    </message>
    <message>
        <source>任务内容不能为空。</source>
        <translation>The task needs a text.</translation>
    </message>
</context>
<context>
    <name>TaskListPane</name>
    <message>
        <source>搜索任务、措施、责任人、进展（Ctrl+F）</source>
        <translation>Search tasks, measures, owners, reports (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部灯色</source>
        <translation>All lights</translation>
    </message>
    <message>
        <source>全部科室</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>全部领导</source>
        <translation>All leaders</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>选择显示哪些列</source>
        <translation>Choose the columns shown</translation>
    </message>
    <message>
        <source>点击取消这个限定，显示全部任务</source>
        <translation>Click to drop this restriction and show every task</translation>
    </message>
    <message>
        <source>{label}（{n}项） ✕</source>
        <translation>{label} ({n}) ✕</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>欢迎使用落实台账</source>
        <translation>Welcome to Luoshi Ledger</translation>
    </message>
    <message>
        <source>这台电脑上还没有台账。请选择怎样开始：</source>
        <translation>There is no ledger on this PC yet. How would you like to start?</translation>
    </message>
    <message>
        <source>打开示例台账（单独存放，不会混入正式台账）</source>
        <translation>Open the example ledger (kept apart from the real one)</translation>
    </message>
    <message>
        <source>新建空白台账</source>
        <translation>New empty ledger</translation>
    </message>
    <message>
        <source>新建台账并从 Excel 任务分解表导入</source>
        <translation>New ledger, imported from an Excel task breakdown</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请填写单位名称，例如：中共XX市委组织部。</source>
        <translation>Please enter the organisation, e.g. 中共XX市委组织部.</translation>
    </message>
</context>
</TS>
