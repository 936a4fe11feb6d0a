<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="12" />
        <source>&lt;h3&gt;hrdesk {version}&lt;/h3&gt;&lt;p&gt;Recruitment process tracking for manufacturing HR offices. Your data stays on your own computers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hrdesk {version}&lt;/h3&gt;&lt;p&gt;面向制造企业人力资源部门的招聘流程追踪系统。数据始终保存在贵公司自己的电脑上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21" />
        <source>About hrdesk</source>
        <translation>关于 hrdesk</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message numerus="yes">
        <location filename="../../ui/first_run_wizard.py" line="102" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>密码太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="105" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="147" />
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/first_run_wizard.py" line="149" />
        <source>The first user manages users, roles and backups. Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>第一个用户负责管理用户、角色和备份。请设置至少 %n 个字符的密码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="151" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="151" />
        <source>&amp;Display name:</source>
        <translation>姓名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="151" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="152" />
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="154" />
        <source>e.g. Wang Fang, IT</source>
        <translation>例如：王芳（信息部）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="206" />
        <source>Long enough, and both entries match.</source>
        <translation>密码长度符合要求，两次输入一致。</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../ui/admin/forms.py" line="91" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
</context>
<context>
    <name>AdminWidget</name>
    <message>
        <location filename="../../ui/admin/widget.py" line="61" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/widget.py" line="64" />
        <source>Sites and departments</source>
        <translation>地点与部门</translation>
    </message>
    <message>
        <location filename="../../ui/admin/widget.py" line="67" />
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/widget.py" line="69" />
        <source>Pipeline templates</source>
        <translation>流程模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/widget.py" line="72" />
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/admin/widget.py" line="75" />
        <source>Backups and audit</source>
        <translation>备份与审计</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="94" />
        <source>Job</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="94" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="94" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="94" />
        <source>Applied</source>
        <translation>应聘日期</translation>
    </message>
</context>
<context>
    <name>ApproverRole</name>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>决策层</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="121" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="121" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="121" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <source>entry {seq} is missing (next is {next})</source>
        <translation>第 {seq} 条记录缺失（下一条是 {next}）</translation>
    </message>
    <message>
        <source>entry {seq} does not follow entry {previous}</source>
        <translation>第 {seq} 条记录未接续第 {previous} 条</translation>
    </message>
    <message>
        <source>entry {seq} was altered</source>
        <translation>第 {seq} 条记录被改动</translation>
    </message>
    <message>
        <source>entries after {seq} were removed (the log ended at {last})</source>
        <translation>第 {seq} 条之后的记录被删除（日志原先止于 {last}）</translation>
    </message>
    <message>
        <source>{table} {row_id} was changed outside the application</source>
        <translation>{table} {row_id} 在本程序之外被修改</translation>
    </message>
    <message>
        <source>{table} {row_id} was added outside the application</source>
        <translation>{table} {row_id} 在本程序之外被添加</translation>
    </message>
    <message>
        <source>{table} {row_id} was deleted outside the application</source>
        <translation>{table} {row_id} 在本程序之外被删除</translation>
    </message>
    <message>
        <source>the anchor of the audit log is unreadable</source>
        <translation>审计日志的锚点无法读取</translation>
    </message>
    <message>
        <source>the anchor of the audit log was altered</source>
        <translation>审计日志的锚点被改动</translation>
    </message>
    <message>
        <source>entries up to {seq} were removed</source>
        <translation>截至第 {seq} 条的记录被删除</translation>
    </message>
    <message>
        <source>entry {seq} is not the one recorded: the log was rewritten</source>
        <translation>第 {seq} 条记录与记下的不符：日志被改写</translation>
    </message>
    <message>
        <source>entry {seq} was re-sealed by the upgrade recorded in entry {reseal}: a head written down before it can only be compared with the head recorded there ({old_head})</source>
        <translation>第 {seq} 条记录已由第 {reseal} 条记录所载的升级重新封存：此前记下的链头只能与该处记录的旧链头（{old_head}）比对</translation>
    </message>
    <message>
        <source>on {at} the values of {entries} older entries were sealed under their people's keys and the log was hashed again from entry {first} (recorded in entry {seq}; the head before was {old_head})</source>
        <translation>{at}，{entries} 条旧记录中的个人数据已用各人的密钥封存，日志自第 {first} 条起重新计算哈希（见第 {seq} 条记录；此前的链头为 {old_head}）</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/board/widget.py" line="181" />
        <source>&amp;Job:</source>
        <extracomment>The job switcher's first entry: every job of mine, one row each.</extracomment>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="184" />
        <location filename="../../ui/board/widget.py" line="447" />
        <source>All my jobs</source>
        <translation>我的全部职位</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="187" />
        <source>Filter by name, tag or channel (Ctrl+F)</source>
        <translation>按姓名、标签或渠道筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="188" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="189" />
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="190" />
        <source>Reject…</source>
        <translation>淘汰…</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="192" />
        <location filename="../../ui/board/widget.py" line="215" />
        <source>Show or hide</source>
        <translation>展开或收起</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="250" />
        <source>{stage} ({count})</source>
        <translation>{stage}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="251" />
        <source>{stage} ({shown}/{count})</source>
        <translation>{stage}（{shown}/{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="256" />
        <source>SLA: {amount} working days</source>
        <translation>时限：{amount} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="257" />
        <source>SLA: {amount} working hours</source>
        <translation>时限：{amount} 个工作小时</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="259" />
        <source>overdue: {count}</source>
        <translation>逾期：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="279" />
        <source>Selected: {count}</source>
        <translation>已选：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="456" />
        <source>There are no jobs to show.</source>
        <translation>没有可显示的职位。</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="480" />
        <source>Changed: {count}</source>
        <translation>已处理：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="482" />
        <source>Refused: {count}. {reason}</source>
        <translation>未能处理：{count}。{reason}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/admin/calendar.py" line="114" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="116" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="149" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="151" />
        <source>The site</source>
        <translation>本地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="152" />
        <source>works</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="152" />
        <source>rests</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="189" />
        <source>&amp;Site:</source>
        <translation>地点(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="190" />
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="191" />
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="192" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="193" />
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="196" />
        <source>Working hours</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="197" />
        <source>Add hours</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="198" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="199" />
        <source>The site's own rest and working days</source>
        <translation>本地点的特殊休息日和工作日</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="200" />
        <source>Site &amp;rests that day</source>
        <translation>当天休息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="201" />
        <source>Site &amp;works that day</source>
        <translation>当天上班(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="202" />
        <source>&amp;Clear the day</source>
        <translation>清除当天设置(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="205" />
        <source>Chinese public holidays and make-up working days are applied automatically for {first}–{last}; mark here only what differs at this site.</source>
        <translation>{first}–{last} 的国家法定节假日和调休上班日已自动计入；此处只需标记本地点的不同安排。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="208" />
        <source>No public holiday data is installed: mark holidays here.</source>
        <translation>未安装法定节假日数据：请在此标记节假日。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="275" />
        <source>The hours must end after they start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="277" />
        <source>These hours overlap hours already listed.</source>
        <translation>该时段与已有时段重叠。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="302" />
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="304" />
        <source>Add at least one stretch of hours.</source>
        <translation>请至少添加一个工作时段。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="325" />
        <source>Add a site first (Organisation tab).</source>
        <translation>请先添加地点（“地点与部门”页）。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar.py" line="334" />
        <source>Calendar of {site} saved.</source>
        <translation>{site} 的日历已保存。</translation>
    </message>
</context>
<context>
    <name>CandidateField</name>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="46" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="46" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="47" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="48" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="49" />
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
</context>
<context>
    <name>CandidateFile</name>
    <message>
        <location filename="../../ui/candidates/file_opener.py" line="47" />
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_opener.py" line="48" />
        <source>Documents and images (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.txt)</source>
        <translation>文档和图片 (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.txt)</translation>
    </message>
</context>
<context>
    <name>CandidateFileWidget</name>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="243" />
        <source>← Back to list</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="244" />
        <source>Back to the list (Esc)</source>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="245" />
        <source>◀ Previous</source>
        <translation>◀ 上一位</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="246" />
        <source>Previous candidate in the list (Alt+Left)</source>
        <translation>列表中的上一位候选人 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="247" />
        <source>Next ▶</source>
        <translation>下一位 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="248" />
        <source>Next candidate in the list (Alt+Right)</source>
        <translation>列表中的下一位候选人 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="249" />
        <source>Open board</source>
        <translation>打开看板</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="250" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="251" />
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="252" />
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="253" />
        <source>Save tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="254" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="255" />
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="256" />
        <source>Save the note (Ctrl+S)</source>
        <translation>保存备注 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="257" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="258" />
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="259" />
        <source>Attach a file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="260" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="261" />
        <source>Erase this person…</source>
        <translation>删除此人…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="263" />
        <source>Remove this person's data from every record, keeping only the counts</source>
        <translation>从所有记录中删除此人的个人信息，仅保留统计数字</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="297" />
        <source>Timeline ({count})</source>
        <translation>时间线（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="297" />
        <source>Applications ({count})</source>
        <translation>应聘记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="298" />
        <source>Tasks ({count})</source>
        <translation>任务（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="298" />
        <source>Attachments ({count})</source>
        <translation>附件（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="304" />
        <source>Erased person</source>
        <translation>已删除人员</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="307" />
        <location filename="../../ui/candidates/file_widget.py" line="428" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="308" />
        <source>{job}: {stage}</source>
        <translation>{job}：{stage}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="309" />
        <source>No open application</source>
        <translation>无进行中的应聘</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="312" />
        <source>{job} {title} — {stage}</source>
        <translation>{job} {title} — {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="336" />
        <source>{position} of {count}</source>
        <translation>第 {position} / {count} 位</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="353" />
        <source>Save the note (or undo your changes) before going to another candidate.</source>
        <translation>切换到其他候选人之前，请先保存备注（或撤销修改）。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="379" />
        <source>The note on file was changed elsewhere meanwhile; saving your text replaces it.</source>
        <translation>存档的备注已在别处被修改；保存您输入的内容将替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="399" />
        <source>This candidate is not on file, or is not visible to you (interviewers see only the candidates they are assigned to).</source>
        <translation>该候选人不存在，或您无权查看（面试官只能查看分配给自己的候选人）。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="409" />
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="415" />
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="418" />
        <source>Attached {file}.</source>
        <translation>已添加附件 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="422" />
        <source>Attached {count} files.</source>
        <translation>已添加 {count} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="425" />
        <source>Attached {count} of {total} files. Not attached: {files}</source>
        <translation>已添加 {count} 个文件（共 {total} 个）。未添加：{files}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="434" />
        <source>No program on this computer opens {file}.</source>
        <translation>这台电脑上没有可以打开 {file} 的程序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/file_widget.py" line="449" />
        <source>Erased. Applications kept in the figures as an erased person's: %n.</source>
        <translation>
            <numerusform>已删除。作为“已删除人员”保留在统计中的应聘：%n 份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="484" />
        <source>Reloaded. Your text is kept: saving it replaces the note now on file.</source>
        <translation>已重新加载。您输入的内容已保留：保存后将替换当前已存的备注。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_widget.py" line="556" />
        <source>Choose a file to open first.</source>
        <translation>请先选择要打开的文件。</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="66" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="67" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="68" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="69" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="70" />
        <source>Years</source>
        <comment>years of work experience</comment>
        <translation>工作年限</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="72" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="73" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="74" />
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="75" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="76" />
        <source>Added</source>
        <comment>date the candidate was added</comment>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_model.py" line="167" />
        <source>Not sortable</source>
        <translation>不可排序</translation>
    </message>
</context>
<context>
    <name>CandidatesListWidget</name>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="203" />
        <source>Search name, mobile, email, ID number, school or skill (Ctrl+F)</source>
        <translation>搜索姓名、手机号、邮箱、身份证号、学校或技能 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="204" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="205" />
        <source>Only candidates with exactly this tag</source>
        <translation>仅显示带有此标签的候选人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="206" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="207" />
        <source>New candidate…</source>
        <translation>新建候选人…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="208" />
        <source>Type in a candidate by hand (Ctrl+N)</source>
        <translation>手工录入候选人（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="209" />
        <source>Possible duplicates…</source>
        <translation>疑似重复…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="211" />
        <source>People who may be one person: merge them, or say they are different</source>
        <translation>可能是同一个人：合并，或标记为不同的人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="218" />
        <source>Any education</source>
        <translation>不限学历</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="220" />
        <source>Any city</source>
        <translation>不限城市</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="222" />
        <source>Any channel</source>
        <translation>不限渠道</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="224" />
        <source>In process</source>
        <translation>流程中</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="224" />
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="225" />
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="225" />
        <source>Withdrawn</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="226" />
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="226" />
        <source>Never applied</source>
        <translation>从未应聘</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="227" />
        <source>Any status</source>
        <translation>不限状态</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="229" />
        <source>Status of the latest application</source>
        <translation>最近一次应聘的状态</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="230" />
        <source>Added today</source>
        <translation>今天添加</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="230" />
        <source>Added in the last 7 days</source>
        <translation>最近 7 天添加</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="231" />
        <source>Added in the last 30 days</source>
        <translation>最近 30 天添加</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="231" />
        <source>Added in the last 12 months</source>
        <translation>最近 12 个月添加</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="232" />
        <source>Added any time</source>
        <translation>不限添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="300" />
        <source>More than {count} candidates</source>
        <translation>超过 {count} 位候选人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="302" />
        <source>1 candidate</source>
        <translation>1 位候选人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/list_widget.py" line="304" />
        <source>{count} candidates</source>
        <translation>{count} 位候选人</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/board/delegate.py" line="34" />
        <source>{years} yrs</source>
        <translation>{years}年</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="41" />
        <source>Working days in stage: {days}</source>
        <translation>本阶段已 {days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="116" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>ChannelKinds</name>
    <message>
        <location filename="../../ui/admin/channels.py" line="31" />
        <source>Job board</source>
        <translation>招聘网站</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="32" />
        <source>Referral</source>
        <translation>内部推荐</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="33" />
        <source>Campus</source>
        <translation>校园招聘</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="34" />
        <source>Agency</source>
        <translation>中介机构</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="35" />
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="36" />
        <source>Internal transfer</source>
        <translation>内部调动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="37" />
        <source>Walk-in</source>
        <translation>现场应聘</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="38" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../ui/admin/channels.py" line="83" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="84" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="85" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="86" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="86" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="132" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="134" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="136" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="138" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="180" />
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="181" />
        <source>Show inactive channels</source>
        <translation>显示已停用的渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="182" />
        <source>New channel name</source>
        <translation>新渠道名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="183" />
        <source>Add &amp;channel</source>
        <translation>添加渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="184" />
        <source>New name for the selected channel</source>
        <translation>所选渠道的新名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="185" />
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="186" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="187" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="188" />
        <source>Note, e.g. invoice number</source>
        <translation>备注，例如发票号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="189" />
        <source>Add c&amp;ost</source>
        <translation>添加费用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="209" />
        <source>Costs of {channel}</source>
        <translation>{channel} 的费用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="210" />
        <source>Costs (choose a channel)</source>
        <translation>费用（请先选择渠道）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="214" />
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="215" />
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="217" />
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="238" />
        <source>Enter the channel's name.</source>
        <translation>请输入渠道名称。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="269" />
        <source>The period must not end before it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="272" />
        <source>Enter an amount in yuan, e.g. 1200 or 1200.50.</source>
        <translation>请输入以元为单位的金额，例如 1200 或 1200.50。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="308" />
        <source>Channel {name} saved.</source>
        <translation>渠道 {name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/channels.py" line="313" />
        <source>Cost of {amount} added to {channel}.</source>
        <translation>已为 {channel} 添加费用 {amount}。</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <location filename="../../ui/jobs/widget.py" line="67" />
        <source>Clone {code} {title}</source>
        <translation>复制 {code} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="69" />
        <source>&amp;Headcount of the new job:</source>
        <translation>新职位的招聘人数(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="92" />
        <source>Your company</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="93" />
        <source>The name appears on offer letters and reports.</source>
        <translation>公司名称将显示在录用通知书和报表上。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="94" />
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="64" />
        <source>Approve requisition</source>
        <translation>批准招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="65" />
        <source>Reject requisition</source>
        <translation>驳回招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="66" />
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="69" />
        <source>{number}: {title} × {count}, {department}</source>
        <translation>{number}：{title} × {count}，{department}</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="72" />
        <source>&amp;Comment (required):</source>
        <translation>审批意见（必填）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="73" />
        <source>&amp;Comment (optional):</source>
        <translation>审批意见（选填）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="75" />
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="75" />
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="76" />
        <source>Re&amp;turn</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/decision_dialog.py" line="81" />
        <source>Say why, so the requester knows what to change.</source>
        <translation>请说明原因，以便申请人了解需要修改的内容。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="101" />
        <source>Possible duplicates</source>
        <extracomment>The rows of the comparison, in order.</extracomment>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="103" />
        <source>Tick whose value stays where the two differ, then merge into the person who stays: applications, timeline and files of both are kept. Or say they are different people: the pair will not be offered again.</source>
        <translation>两人信息不同处，勾选要保留的值，再合并到保留的那一位：双方的应聘、时间线和附件都会保留。或者标记为不同的人：这一对以后不再提示。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="106" />
        <source>Different people (Ctrl+D)</source>
        <translation>不是同一人（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="107" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="108" />
        <source>Placeholder values…</source>
        <translation>占位值…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="110" />
        <source>Mobiles and e-mails that job boards and helpers type for anyone: they are kept as data but never make two rows one person</source>
        <translation>招聘网站或代招人员随手填写的手机号、邮箱：照常保存，但不会据此认定两条记录是同一人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="116" />
        <source>Added</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="116" />
        <source>Applications</source>
        <translation>应聘</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="117" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="124" />
        <source>Placeholder values saved.</source>
        <translation>占位值已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="134" />
        <source>Placeholder values</source>
        <translation>占位值</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="135" />
        <source>One mobile or e-mail a line. These never identify anyone:</source>
        <translation>每行一个手机号或邮箱。这些值不用于识别身份：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="145" />
        <source>{first} / {second}: same {key}</source>
        <translation>{first} / {second}：{key}相同</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="150" />
        <source>No possible duplicates are waiting.</source>
        <translation>没有待处理的疑似重复。</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="165" />
        <source>Merge into the left</source>
        <translation>合并到左侧</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="166" />
        <source>Merge into the right</source>
        <translation>合并到右侧</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="170" />
        <location filename="../../ui/candidates/duplicates_dialog.py" line="171" />
        <source>Merge, keep {name}</source>
        <translation>合并，保留{name}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/duplicates_dialog.py" line="235" />
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../ui/templates/model.py" line="228" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="228" />
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="229" />
        <source>Title or form</source>
        <translation>标题或表单</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="278" />
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="279" />
        <source>Send a notice</source>
        <translation>发送通知</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="280" />
        <source>Ask for a form</source>
        <translation>要求填写表单</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="284" />
        <source>Stage owner</source>
        <translation>阶段负责人</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="285" />
        <source>Recruiter</source>
        <translation>招聘专员</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="286" />
        <source>Hiring manager</source>
        <translation>用人部门负责人</translation>
    </message>
    <message>
        <location filename="../../ui/templates/model.py" line="287" />
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="31" />
        <source>Erase this person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="32" />
        <source>Erase {name} for good?</source>
        <translation>永久删除 {name}？</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="39" />
        <source>The old and new values the audit log holds about them: their key is destroyed, so nobody can read them again</source>
        <translation>审计日志中有关此人的新旧值：其密钥将被销毁，任何人都无法再读取</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="47" />
        <source>Applications kept in the figures as an erased person's: %n. The audit log keeps who did what and when. Backups made before today still hold the person until they are deleted.</source>
        <translation>
            <numerusform>作为“已删除人员”保留在统计中的应聘：%n 份。审计日志仍记录谁在何时做了什么。今天之前的备份仍含有此人的信息，直至这些备份被删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="55" />
        <source>Why (kept in the audit log): their request, the retention period ending …</source>
        <translation>删除原因（记入审计日志）：本人申请、保存期限届满等</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="57" />
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="68" />
        <source>This removes, and cannot be undone:</source>
        <translation>将删除以下内容，且无法恢复：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/erase_dialog.py" line="79" />
        <source>The profile: name, mobile, ID number, e-mail, school, notes, tags and every other field</source>
        <translation>个人档案：姓名、手机、身份证号、邮箱、学校、备注、标签及其他所有字段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="81" />
        <source>Attached files, with the text found in them: %n</source>
        <translation>
            <numerusform>附件（连同从中提取的文字）：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="83" />
        <source>Messages to them waiting in the outbox: %n</source>
        <translation>
            <numerusform>发件箱中待发给此人的消息：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="84" />
        <source>Timeline events losing their comments and details: %n</source>
        <translation>
            <numerusform>时间线事件（删除其备注和详情）：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="86" />
        <source>Tasks whose titles lose their name: %n</source>
        <translation>
            <numerusform>任务（从标题中去掉此人姓名）：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/erase_dialog.py" line="87" />
        <source>Notices to colleagues that lose their name: %n</source>
        <translation>
            <numerusform>同事收到的通知（去掉此人姓名）：%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="287" />
        <source>New hrdesk database</source>
        <translation>新建 hrdesk 数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="288" />
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
</context>
<context>
    <name>FolderAttach</name>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="55" />
        <source>Unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="56" />
        <source>Ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="57" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="92" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="93" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="94" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FolderAttachReason</name>
    <message>
        <source>not a PDF, Word, image or text file</source>
        <translation>不是 PDF、Word、图片或文本文件</translation>
    </message>
    <message>
        <source>{count} candidates have the mobile number {mobile}</source>
        <translation>有 {count} 位候选人的手机号是 {mobile}</translation>
    </message>
    <message>
        <source>the file name holds the names of several candidates: {names}</source>
        <translation>文件名中含有多位候选人的姓名：{names}</translation>
    </message>
    <message>
        <source>{count} candidates are named {name}</source>
        <translation>有 {count} 位候选人名叫{name}</translation>
    </message>
    <message>
        <source>larger than {megabytes} MB</source>
        <translation>大于 {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <source>the file name names no candidate (by mobile number or full name)</source>
        <translation>文件名中没有任何候选人的手机号或全名</translation>
    </message>
</context>
<context>
    <name>FolderAttachRun</name>
    <message>
        <location filename="../../ui/imports/folder_attach.py" line="43" />
        <location filename="../../ui/imports/folder_attach.py" line="83" />
        <source>Attach resume files from a folder</source>
        <translation>从文件夹添加简历附件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_attach.py" line="44" />
        <source>Reading {folder}…</source>
        <translation>正在读取 {folder}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_attach.py" line="46" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_attach.py" line="73" />
        <source>Attaching resume files: {done} of {total}</source>
        <translation>正在添加简历附件：已处理 {done} / {total} 个文件</translation>
    </message>
</context>
<context>
    <name>FolderResultDialog</name>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="169" />
        <source>Resume files attached from a folder</source>
        <translation>从文件夹添加的简历附件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="170" />
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="172" />
        <source>Attached: {attached}   Already attached before: {already}   Unmatched: {unmatched}   Ambiguous: {ambiguous}   Refused: {refused}</source>
        <translation>已添加：{attached}   此前已添加：{already}   未匹配：{unmatched}   有歧义：{ambiguous}   被拒绝：{refused}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="179" />
        <source>Stopped by Cancel. The files attached so far stay attached; the rest of the folder was not looked at.</source>
        <translation>已按“取消”停止。已经添加的附件保留；文件夹中其余的文件未处理。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="183" />
        <source>Not attached (attach them by hand in the candidate's file, or put the mobile number or full name in the file name and run again):</source>
        <translation>以下文件未添加（请在候选人档案中手动添加，或在文件名中写上手机号或全名后重新运行）：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="186" />
        <source>No file was left to attach by hand.</source>
        <translation>没有需要手动添加的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/folder_result_dialog.py" line="187" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/imports/names.py" line="12" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="13" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="14" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="15" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="16" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="17" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="18" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="19" />
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="20" />
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="21" />
        <source>Years of experience</source>
        <translation>工作年限</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="22" />
        <source>City</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="23" />
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="24" />
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="25" />
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="26" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="27" />
        <source>Source (channel)</source>
        <translation>来源（渠道）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="28" />
        <source>Wanted job</source>
        <translation>应聘职位</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="29" />
        <source>Self-description</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="30" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="33" />
        <source>(keep as extra attribute)</source>
        <translation>（作为附加信息保留）</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../../ui/imports/names.py" line="39" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="40" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="41" />
        <source>On file</source>
        <translation>已在库</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="42" />
        <source>Repeated row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="43" />
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../ui/imports/names.py" line="44" />
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="209" />
        <source>Import resumes</source>
        <translation>导入简历</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="210" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="210" />
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="210" />
        <source>Apply to &amp;job:</source>
        <translation>应聘职位(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="211" />
        <source>Already on &amp;file:</source>
        <translation>已在库中(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="211" />
        <source>Rows with problems:</source>
        <translation>有问题的行：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="214" />
        <source>No job (add to the candidate pool only)</source>
        <translation>不关联职位（只加入人才库）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="215" />
        <source>Keep what is stored, fill empty fields</source>
        <translation>保留已有信息，只补充空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="216" />
        <source>Overwrite with the file's values</source>
        <translation>用文件中的值覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="217" />
        <source>Leave them as they are</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="220" />
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="221" />
        <source>All or nothing</source>
        <translation>全部成功才导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="222" />
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="223" />
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="224" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="224" />
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="225" />
        <source>Save mapping as profile…</source>
        <translation>将列对应关系保存为方案…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="226" />
        <source>Save rejected rows…</source>
        <translation>保存拒收行…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="227" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="228" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="229" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="256" />
        <source>Columns mapped with the saved profile “{name}”.</source>
        <translation>已按保存的方案“{name}”对应各列。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="282" />
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="286" />
        <source>{rows} rows: {new} new, {updated} to update, {same_as_stored} already on file, {same_as_row} repeated, {possible_duplicate} possible duplicates, {rejected} rejected</source>
        <translation>共 {rows} 行：新增 {new}，更新 {updated}，已在库 {same_as_stored}，重复行 {same_as_row}，疑似重复 {possible_duplicate}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="325" />
        <source>Imported: {new} new, {updated} updated, {same} already on file, {rejected} rejected.</source>
        <translation>已导入：新增 {new}，更新 {updated}，已在库 {same}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="330" />
        <source>{count} possible duplicates were stored and wait in the duplicates queue.</source>
        <translation>{count} 个疑似重复已保存，等待在疑似重复列表中处理。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="336" />
        <source>Nothing was imported: {reason}</source>
        <translation>没有导入任何数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="341" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>已取消导入，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="364" />
        <source>Save mapping</source>
        <translation>保存列对应方案</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="365" />
        <source>Profile name (for example the job board):</source>
        <translation>方案名称（例如招聘网站名）：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="370" />
        <source>Saved the mapping as “{name}”: the next file with these columns maps itself.</source>
        <translation>已保存为方案“{name}”：下次导入同样列的文件时会自动对应。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="377" />
        <source>Save rejected rows</source>
        <translation>保存拒收行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_dialog.py" line="383" />
        <source>Saved the rejected rows with their reasons to {file}.</source>
        <translation>已将拒收行及原因保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>The row has no name.</source>
        <translation>该行没有姓名。</translation>
    </message>
    <message>
        <source>Mobile number {value} is not a mainland mobile number (11 digits starting with 13 to 19).</source>
        <translation>手机号 {value} 不是大陆手机号（以 13 到 19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>Email {value} is not an email address.</source>
        <translation>邮箱 {value} 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>ID number {value} was turned into a number by Excel; its last digits are lost.</source>
        <translation>身份证号 {value} 被 Excel 转成了数字，末几位已经丢失。</translation>
    </message>
    <message>
        <source>ID number {value} does not have 18 characters (17 digits and a digit or X).</source>
        <translation>身份证号 {value} 不是 18 位（17 位数字加一位数字或 X）。</translation>
    </message>
    <message>
        <source>ID number {value} has a wrong check character: a digit was probably mistyped.</source>
        <translation>身份证号 {value} 校验位不对，可能有数字录错了。</translation>
    </message>
    <message>
        <source>ID number {value} holds no plausible birth date ({birth}).</source>
        <translation>身份证号 {value} 中的出生日期不合理（{birth}）。</translation>
    </message>
    <message>
        <source>Gender {value} is not 男 or 女 (M or F).</source>
        <translation>性别 {value} 不是“男”或“女”（M 或 F）。</translation>
    </message>
    <message>
        <source>Education {value} is none of 初中, 高中, 中专, 大专, 本科, 硕士, 博士.</source>
        <translation>学历 {value} 不属于初中、高中、中专、大专、本科、硕士、博士。</translation>
    </message>
    <message>
        <source>Years of experience {value} is not a number of years from 0 to 60.</source>
        <translation>工作年限 {value} 不是 0 到 60 之间的年数。</translation>
    </message>
    <message>
        <source>Date {value} is not a date (e.g. 1990-01-02).</source>
        <translation>日期 {value} 不是有效日期（例如 1990-01-02）。</translation>
    </message>
    <message>
        <source>ID number {value} is an old 15-digit number; it is stored as {stored}.</source>
        <translation>身份证号 {value} 是旧的 15 位号码，已按 {stored} 保存。</translation>
    </message>
    <message>
        <source>Mobile number {value} holds several numbers; only {kept} is kept.</source>
        <translation>手机号 {value} 中有多个号码，只保留了 {kept}。</translation>
    </message>
    <message>
        <source>Name {value}… is longer than {limit} characters.</source>
        <translation>姓名 {value}… 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{label} {value}… was cut to {limit} characters.</source>
        <translation>{label} {value}… 已截断为 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{label}: {value}… is longer than {limit} characters and was left out.</source>
        <translation>{label}：{value}… 超过 {limit} 个字符，未导入。</translation>
    </message>
    <message>
        <source>{label}: only the first {limit} of {count} were kept.</source>
        <translation>{label}：共 {count} 项，只保留了前 {limit} 项。</translation>
    </message>
    <message>
        <source>Birth date {value} does not match the ID number's {birth}; the ID number's is kept.</source>
        <translation>出生日期 {value} 与身份证号中的 {birth} 不一致，以身份证号为准。</translation>
    </message>
    <message>
        <source>Gender {value} does not match the ID number's {sex}; the ID number's is kept.</source>
        <translation>性别 {value} 与身份证号中的 {sex} 不一致，以身份证号为准。</translation>
    </message>
    <message>
        <source>Birth date {value} is not plausible.</source>
        <translation>出生日期 {value} 不合理。</translation>
    </message>
    <message>
        <source>The row has no mobile number, email or ID number.</source>
        <translation>该行没有手机号、邮箱或身份证号。</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>School</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>工作年限</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Wanted job</source>
        <translation>应聘职位</translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Same person as row {row} (same {key}).</source>
        <translation>与第 {row} 行是同一人（{key}相同）。</translation>
    </message>
    <message>
        <source>Same person as {name}, who is already on file (same {key}).</source>
        <translation>与已在库的{name}是同一人（{key}相同）。</translation>
    </message>
    <message>
        <source>Same ID number as {name}, who is on file under another name: the stored name is kept. Please check.</source>
        <translation>与已在库的{name}身份证号相同但姓名不同：保留库中的姓名，请核对。</translation>
    </message>
    <message>
        <source>Same ID number as row {row} ({name}) under another name: the first row's name is kept. Please check.</source>
        <translation>与第 {row} 行（{name}）身份证号相同但姓名不同：保留第一行的姓名，请核对。</translation>
    </message>
    <message>
        <source>Possibly the same person as row {row} ({name}): same {key} under another name. Stored as a new person and queued for HR.</source>
        <translation>可能与第 {row} 行（{name}）是同一人：{key}相同但姓名不同。已作为新候选人保存，并交由HR确认。</translation>
    </message>
    <message>
        <source>Possibly the same person as {name}, who is already on file: same {key} under another name. Stored as a new person and queued for HR.</source>
        <translation>可能与已在库的{name}是同一人：{key}相同但姓名不同。已作为新候选人保存，并交由HR确认。</translation>
    </message>
    <message>
        <source>The {key} is a placeholder value: it is kept, but identifies nobody.</source>
        <translation>{key}是占位值：已保存，但不用于识别身份。</translation>
    </message>
    <message>
        <source>The {key} is shared by more than a few people in this file: it is kept, but identifies nobody.</source>
        <translation>本文件中有多人使用同一{key}：已保存，但不用于识别身份。</translation>
    </message>
    <message>
        <source>{label} differs from the stored person's: the stored value is kept (only the ID number may change who a person is).</source>
        <translation>{label}与库中不同：保留库中的值（只有身份证号能确认身份）。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Same person as stored</source>
        <translation>与在库人员相同</translation>
    </message>
    <message>
        <source>Same person as an earlier row</source>
        <translation>与前面某行相同</translation>
    </message>
    <message>
        <source>Possible duplicate (queued)</source>
        <translation>疑似重复（待确认）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="37" />
        <source>Changes: {fields}</source>
        <extracomment>What "only rows with problems" shows: rows not imported as they are, or that HR should look at (a possible duplicate is stored, and queued).</extracomment>
        <translation>将更新：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="40" />
        <source>nothing changes</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="67" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="68" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="69" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/rows_model.py" line="70" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <location filename="../../ui/jobs/editor.py" line="106" />
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="106" />
        <source>&amp;Title:</source>
        <translation>职位名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="106" />
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="107" />
        <source>&amp;Headcount:</source>
        <translation>招聘人数(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="107" />
        <source>&amp;Pipeline:</source>
        <translation>招聘流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="107" />
        <source>&amp;Recruiter:</source>
        <translation>招聘专员(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="108" />
        <source>Hiring &amp;manager:</source>
        <translation>用人部门负责人(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="108" />
        <source>&amp;Interviewers:</source>
        <translation>面试官(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="108" />
        <source>C&amp;hannels:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="109" />
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="112" />
        <source>e.g. CNC lathe operator</source>
        <translation>例如：数控车工</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="113" />
        <source>Screening &amp;rules…</source>
        <translation>筛选规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="115" />
        <source>What imported resumes are scored against; save a new job first</source>
        <translation>导入简历时据此打分；新职位请先保存</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="119" />
        <location filename="../../ui/jobs/editor.py" line="137" />
        <source>(me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="120" />
        <location filename="../../ui/jobs/editor.py" line="139" />
        <source>(head of the department)</source>
        <translation>（部门负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="153" />
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="186" />
        <source>Enter the job title.</source>
        <translation>请输入职位名称。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="189" />
        <source>The headcount must be at least {count}.</source>
        <translation>招聘人数不能少于 {count}。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="192" />
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/editor.py" line="194" />
        <source>Choose a pipeline.</source>
        <translation>请选择招聘流程。</translation>
    </message>
</context>
<context>
    <name>JobOverviewModel</name>
    <message>
        <location filename="../../ui/board/overview.py" line="44" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="44" />
        <source>Job</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="45" />
        <source>Hired / headcount</source>
        <translation>已录用 / 招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="45" />
        <source>Screening</source>
        <translation>简历筛选</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="46" />
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="46" />
        <source>Approval and offer</source>
        <translation>审批与 Offer</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="47" />
        <source>Onboarding</source>
        <translation>入职</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="47" />
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/board/overview.py" line="48" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Open</source>
        <translation>招聘中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <location filename="../../ui/jobs/model.py" line="67" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="67" />
        <source>Title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="67" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="68" />
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="68" />
        <source>Hired / headcount</source>
        <translation>已录用 / 招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="69" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="69" />
        <source>Pipeline</source>
        <translation>招聘流程</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/model.py" line="70" />
        <source>Opened</source>
        <translation>开放日期</translation>
    </message>
</context>
<context>
    <name>JobsWidget</name>
    <message>
        <location filename="../../ui/jobs/widget.py" line="211" />
        <source>Filter by code, title, department (Ctrl+F)</source>
        <translation>按编号、职位名称、部门筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="212" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="215" />
        <source>&amp;New job</source>
        <translation>新建职位(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="216" />
        <source>A new job opening (Ctrl+N)</source>
        <translation>新建招聘职位 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="217" />
        <source>&amp;Clone…</source>
        <translation>复制(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="218" />
        <source>A new job like the selected one, with a new headcount</source>
        <translation>以所选职位为模板新建职位，并设置新的招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="219" />
        <source>Open &amp;board</source>
        <translation>打开看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="220" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="221" />
        <source>Save the job (Ctrl+S)</source>
        <translation>保存职位 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="222" />
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="223" />
        <source>Show the stored job; what you typed is dropped</source>
        <translation>显示已保存的职位，放弃您输入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="278" />
        <source>This job was changed elsewhere. Reload shows it; what you typed is dropped.</source>
        <translation>此职位已在别处被修改。点“重新加载”查看最新内容；您输入的内容将被丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="377" />
        <source>Saved {code} {title}.</source>
        <translation>已保存 {code} {title}。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/widget.py" line="383" />
        <source>Opened {code} like the job it was cloned from.</source>
        <translation>已按原职位新建并开放 {code}。</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="61" />
        <source>Where to keep the database</source>
        <translation>数据库存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="62" />
        <source>One encrypted file holds all recruitment data of this office.</source>
        <translation>本办公室的全部招聘数据保存在一个加密文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="64" />
        <source>Choose a folder that is included in your backups. The file is encrypted: without a user's password or the recovery code nobody can read it.</source>
        <translation>请选择一个纳入日常备份的文件夹。该文件经过加密：没有用户密码或恢复码，任何人都无法读取。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="66" />
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="67" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="74" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="75" />
        <source>hrdesk database (*.hrdesk *.db);;All files (*)</source>
        <translation>hrdesk 数据库 (*.hrdesk *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="124" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="126" />
        <source>Signed in as {name}. Enter the password to continue.</source>
        <translation>当前登录用户：{name}。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="128" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="107" />
        <source>Sign in – hrdesk</source>
        <translation>登录 – hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="108" />
        <source>Recruitment process tracking</source>
        <translation>招聘流程追踪</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="109" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="109" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="109" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="110" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="113" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="114" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="115" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="116" />
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="136" />
        <source>This is a demo database; every account's password is %1. Click an account to use it.</source>
        <translation>这是演示数据库，所有账号的密码均为 %1。点击一个账号即可填入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="139" />
        <source>This is a demo database. Click an account to use it.</source>
        <translation>这是演示数据库。点击一个账号即可填入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="166" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>{company} – hrdesk</source>
        <translation>{company} – hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>({count}) {title}</source>
        <translation>({count}) {title}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Unread notifications: {count}</source>
        <translation>未读通知：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Demo database with invented people: try anything, nothing here is real.</source>
        <translation>演示数据库，人员均为虚构：可随意尝试，这里的内容都不是真的。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>&amp;Import resumes…</source>
        <translation>导入简历(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Attach resume files from a folder…</source>
        <translation>从文件夹添加简历附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;About hrdesk</source>
        <translation>关于 hrdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>Site: {site}</source>
        <translation>地点：{site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>all sites</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Database: {label}</source>
        <translation>数据库：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Import resumes</source>
        <translation>导入简历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Attach resume files from a folder</source>
        <translation>从文件夹添加简历附件</translation>
    </message>
</context>
<context>
    <name>MaintenanceTab</name>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="76" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="77" />
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="79" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="143" />
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="145" />
        <source>This database was made before keys followed roles: every user's password still opens every key, candidates' ID numbers included. Give each role only the keys it needs; you will get a new recovery code.</source>
        <translation>此数据库创建于“密钥按角色划分”之前：每位用户的密码仍能打开全部密钥，包括候选人的身份证号。请让每个角色只持有其所需的密钥；完成后您将得到新的恢复码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="148" />
        <source>Give each role only its keys…</source>
        <translation>按角色划分密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="149" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="150" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="151" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="152" />
        <source>Ctrl+B: write a backup into the backup folder and check that it restores</source>
        <translation>Ctrl+B：在备份文件夹中写入一份备份，并检查它能够恢复</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="154" />
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="155" />
        <source>Check a backup file…</source>
        <translation>检查备份文件…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="156" />
        <source>Verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="157" />
        <source>Copy the head</source>
        <translation>复制日志头</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="159" />
        <source>Keep the head somewhere else (paper, another computer): a log rewritten later no longer holds it</source>
        <translation>请把日志头另行保存（纸上、另一台电脑）：日后被改写的日志将不再包含它</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="161" />
        <source>Backup folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="169" />
        <source>Give each role only its keys</source>
        <translation>按角色划分密钥</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="170" />
        <source>Your password (it seals your own keys again):</source>
        <translation>您的密码（用于重新封存您自己的密钥）：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="175" />
        <source>Each role now holds only its keys</source>
        <translation>现在每个角色只持有各自的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="194" />
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="195" />
        <location filename="../../ui/admin/maintenance.py" line="203" />
        <source>hrdesk backups (*.hdbk)</source>
        <translation>hrdesk 备份 (*.hdbk)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="202" />
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="219" />
        <source>Written to {path} and checked: it restores ({rows} rows). Audit head at the backup: {head}</source>
        <translation>已写入 {path} 并检查：可以恢复（{rows} 行）。备份时的审计日志头：{head}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="222" />
        <source>Backup written and checked</source>
        <translation>备份已写入并检查</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="226" />
        <source>{path} restores: {rows} rows, written {written}. Audit head at the backup: {head}</source>
        <translation>{path} 可以恢复：{rows} 行，写入于 {written}。备份时的审计日志头：{head}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="229" />
        <source>The backup restores</source>
        <translation>该备份可以恢复</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="244" />
        <source>Intact: {entries} entries, and every row is as the log left it. Head: {head}</source>
        <translation>完好：{entries} 条记录，每一行数据都与日志记录一致。日志头：{head}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="247" />
        <source>The audit log is intact</source>
        <translation>审计日志完好</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="250" />
        <source>Not intact. Do not trust the data until an administrator has looked into it; restore the last backup whose head is in the log if needed.</source>
        <translation>不完整。在管理员查明之前请勿信任这些数据；必要时恢复日志头仍在日志中的最近一份备份。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="255" />
        <source>The audit log found changes made outside hrdesk</source>
        <translation>审计日志发现了在 hrdesk 之外所做的更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="268" />
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="268" />
        <source>Application</source>
        <translation>应聘记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="269" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="269" />
        <source>Job</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="270" />
        <source>Requisition</source>
        <translation>招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="270" />
        <source>Approval step</source>
        <translation>审批步骤</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="271" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="271" />
        <source>Role of a user</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="272" />
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="272" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="273" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="273" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="274" />
        <source>Channel cost</source>
        <translation>渠道费用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="274" />
        <source>Template</source>
        <translation>流程模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="275" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="275" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="276" />
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="276" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="277" />
        <source>Escalation</source>
        <translation>升级提醒</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="277" />
        <source>Message to a candidate</source>
        <translation>发给候选人的消息</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="278" />
        <source>Rejection reason</source>
        <translation>淘汰原因</translation>
    </message>
    <message>
        <location filename="../../ui/admin/maintenance.py" line="284" />
        <source>Head copied: {head}</source>
        <translation>已复制日志头：{head}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <extracomment>The translation context the core's error templates live in (the CLI reads it too).</extracomment>
        <translation>发生了意外错误，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="36" />
        <source>New candidate</source>
        <translation>新建候选人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="48" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="48" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="66" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="67" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="68" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="69" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="70" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="71" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="72" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="73" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="74" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="117" />
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="120" />
        <source>Save, and decide in the duplicates queue</source>
        <translation>保存，稍后在疑似重复列表中确认</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="122" />
        <source>Save: a different person</source>
        <translation>保存：不是同一人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/new_candidate_dialog.py" line="124" />
        <source>Back to the form</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/admin/key_split.py" line="27" />
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/key_split.py" line="30" />
        <source>Each role now holds only the keys it needs. The old recovery code no longer opens this database's keys; this one does. Print it or write it down and keep it locked away: it is shown only now.</source>
        <translation>现在每个角色只持有其所需的密钥。旧的恢复码已不能打开此数据库的密钥，请使用这个新码。请打印或抄写下来并妥善锁好：它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/key_split.py" line="37" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/key_split.py" line="40" />
        <source>I have printed or written down the new code</source>
        <translation>我已打印或抄写下新的恢复码</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/admin/users.py" line="187" />
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="188" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="188" />
        <source>&amp;Display name:</source>
        <translation>姓名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="188" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="189" />
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="189" />
        <source>&amp;Home site:</source>
        <translation>所属地点(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="189" />
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/users.py" line="193" />
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="194" />
        <source>e.g. 李娜</source>
        <translation>例如：李娜</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="195" />
        <source>No home site</source>
        <translation>无所属地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="198" />
        <source>All sites</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="215" />
        <source>Enter a user name without spaces.</source>
        <translation>请输入不含空格的用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="218" />
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{action}: {candidate} ({job})</source>
        <translation>{action}：{candidate}（{job}）</translation>
    </message>
    <message>
        <source>Fill in the interview evaluation: {candidate} ({job})</source>
        <translation>填写面试评估表：{candidate}（{job}）</translation>
    </message>
    <message>
        <source>Fill in the practical test score sheet: {candidate} ({job})</source>
        <translation>填写实操考核评分表：{candidate}（{job}）</translation>
    </message>
    <message>
        <source>Fill in the form {form}: {candidate} ({job})</source>
        <translation>填写{form}：{candidate}（{job}）</translation>
    </message>
    <message>
        <source>Approve requisition {number}: {position} × {headcount}</source>
        <translation>审批岗位需求 {number}：{position} × {headcount}</translation>
    </message>
    <message>
        <source>{candidate} has entered “{stage}”.</source>
        <translation>{candidate} 进入「{stage}」</translation>
    </message>
    <message>
        <source>Due soon: {task}</source>
        <translation>即将到期：{task}</translation>
    </message>
    <message>
        <source>Overdue: {task}</source>
        <translation>已超期：{task}</translation>
    </message>
    <message>
        <source>Escalated (level {level}): {task}</source>
        <translation>超期升级（{level}级）：{task}</translation>
    </message>
    <message>
        <source>Overdue by {hours} working hours.</source>
        <translation>已超期 {hours} 个工作小时</translation>
    </message>
    <message>
        <source>High-potential candidate: {candidate} ({job})</source>
        <translation>高潜候选人：{candidate}（{job}）</translation>
    </message>
    <message>
        <source>{candidate} passed the resume screening for “{job}” with a score of {score}.</source>
        <translation>{candidate} 通过「{job}」的简历筛选，得分 {score}。</translation>
    </message>
    <message>
        <source>Requisition {number} ({position}) was approved</source>
        <translation>岗位需求 {number}（{position}）已批准</translation>
    </message>
    <message>
        <source>Requisition {number} ({position}) was rejected</source>
        <translation>岗位需求 {number}（{position}）已驳回</translation>
    </message>
    <message>
        <source>Requisition {number} ({position}) was returned for changes</source>
        <translation>岗位需求 {number}（{position}）被退回修改</translation>
    </message>
    <message>
        <source>No screening rules are set for this job.</source>
        <translation>该职位未设置筛选规则。</translation>
    </message>
    <message>
        <source>Score {score} of 100 reaches the pass score {pass_score}.</source>
        <translation>得分 {score}（满分 100），达到通过分 {pass_score}。</translation>
    </message>
    <message>
        <source>Score {score} of 100 is below the pass score {pass_score}.</source>
        <translation>得分 {score}（满分 100），低于通过分 {pass_score}。</translation>
    </message>
    <message>
        <source>Education is not given; {wanted} or higher is required.</source>
        <translation>未填写学历；要求{wanted}及以上。</translation>
    </message>
    <message>
        <source>Education {have} is not one of the known levels; {wanted} or higher is required.</source>
        <translation>学历“{have}”不是已知的学历层次；要求{wanted}及以上。</translation>
    </message>
    <message>
        <source>Education {have} is below the required {wanted}.</source>
        <translation>学历{have}，低于要求的{wanted}。</translation>
    </message>
    <message>
        <source>Education {have} meets the required {wanted}.</source>
        <translation>学历{have}，达到要求的{wanted}。</translation>
    </message>
    <message>
        <source>Years of experience are not given; {wanted} are required.</source>
        <translation>未填写工作年限；要求 {wanted} 年。</translation>
    </message>
    <message>
        <source>{have} years of experience are fewer than the required {wanted}.</source>
        <translation>工作年限 {have} 年，少于要求的 {wanted} 年。</translation>
    </message>
    <message>
        <source>{have} years of experience meet the required {wanted}.</source>
        <translation>工作年限 {have} 年，达到要求的 {wanted} 年。</translation>
    </message>
    <message>
        <source>Missing required certificates: {missing}.</source>
        <translation>缺少要求的证书：{missing}。</translation>
    </message>
    <message>
        <source>Holds the required certificates: {wanted}.</source>
        <translation>持有要求的证书：{wanted}。</translation>
    </message>
    <message>
        <source>None of the keywords found: {wanted}.</source>
        <translation>未找到任何关键词：{wanted}。</translation>
    </message>
    <message>
        <source>Keywords found ({count} of {total}): {found}.</source>
        <translation>找到关键词（{count}/{total}）：{found}。</translation>
    </message>
    <message>
        <source>City is not given; the job wants {wanted}.</source>
        <translation>未填写城市；职位要求{wanted}。</translation>
    </message>
    <message>
        <source>City {have} is among {wanted}.</source>
        <translation>城市{have}在要求的{wanted}之内。</translation>
    </message>
    <message>
        <source>City {have} is not among {wanted}.</source>
        <translation>城市{have}不在要求的{wanted}之内。</translation>
    </message>
    <message>
        <source>Age is unknown (no birth date); the job wants {low} to {high} (sensitive rule).</source>
        <translation>年龄未知（无出生日期）；职位要求 {low} 到 {high} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age is unknown (no birth date); the job wants at least {low} (sensitive rule).</source>
        <translation>年龄未知（无出生日期）；职位要求至少 {low} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age is unknown (no birth date); the job wants at most {high} (sensitive rule).</source>
        <translation>年龄未知（无出生日期）；职位要求至多 {high} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is outside {low} to {high} (sensitive rule).</source>
        <translation>年龄 {age} 岁，不在 {low} 到 {high} 岁之间（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is below {low} (sensitive rule).</source>
        <translation>年龄 {age} 岁，低于 {low} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is above {high} (sensitive rule).</source>
        <translation>年龄 {age} 岁，高于 {high} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is within {low} to {high} (sensitive rule).</source>
        <translation>年龄 {age} 岁，在 {low} 到 {high} 岁之间（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is at least {low} (sensitive rule).</source>
        <translation>年龄 {age} 岁，不低于 {low} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Age {age} is at most {high} (sensitive rule).</source>
        <translation>年龄 {age} 岁，不高于 {high} 岁（敏感规则）。</translation>
    </message>
    <message>
        <source>Gender is unknown; the job wants {wanted} (sensitive rule).</source>
        <translation>性别未知；职位要求 {wanted}（敏感规则）。</translation>
    </message>
    <message>
        <source>Gender {have} is not {wanted} (sensitive rule).</source>
        <translation>性别 {have} 不是 {wanted}（敏感规则）。</translation>
    </message>
    <message>
        <source>Gender is {wanted} (sensitive rule).</source>
        <translation>性别为 {wanted}（敏感规则）。</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../ui/admin/organisation.py" line="129" />
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="130" />
        <source>Code, e.g. KS</source>
        <translation>代码，例如 KS</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="59" />
        <location filename="../../ui/admin/organisation.py" line="131" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="58" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="60" />
        <location filename="../../ui/admin/organisation.py" line="132" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="133" />
        <source>Add &amp;site</source>
        <translation>添加地点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="134" />
        <source>New department name</source>
        <translation>新部门名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="135" />
        <source>Add &amp;department</source>
        <translation>添加部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="136" />
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="137" />
        <source>Set &amp;head</source>
        <translation>设为负责人(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="138" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="138" />
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="175" />
        <source>Departments of {site}</source>
        <translation>{site} 的部门</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="176" />
        <source>Departments (choose a site)</source>
        <translation>部门（请先选择地点）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="178" />
        <source>A new department goes under: {name}</source>
        <translation>新部门将添加到：{name} 之下</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="179" />
        <source>A new department goes at the top level.</source>
        <translation>新部门将添加为顶级部门。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="216" />
        <source>(no head)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="232" />
        <source>Enter a short code for the site.</source>
        <translation>请输入地点的简短代码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="234" />
        <source>Enter the site's name.</source>
        <translation>请输入地点名称。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="245" />
        <source>Enter the department's name.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="280" />
        <source>Site {code} added.</source>
        <translation>已添加地点 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="285" />
        <source>Department {name} added.</source>
        <translation>已添加部门 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/organisation.py" line="288" />
        <source>Head of {name} set.</source>
        <translation>已设置 {name} 的负责人。</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PairStatus</name>
    <message>
        <source>Undecided</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>Manage sites and departments</source>
        <translation>管理地点和部门</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>View candidates</source>
        <translation>查看候选人</translation>
    </message>
    <message>
        <source>Edit candidates</source>
        <translation>编辑候选人</translation>
    </message>
    <message>
        <source>See ID numbers, mobile numbers and salaries</source>
        <translation>查看身份证号、手机号和薪资</translation>
    </message>
    <message>
        <source>Manage pipeline templates</source>
        <translation>管理招聘流程模板</translation>
    </message>
    <message>
        <source>Manage recruiting channels</source>
        <translation>管理招聘渠道</translation>
    </message>
    <message>
        <source>Submit requisitions</source>
        <translation>提交招聘需求</translation>
    </message>
    <message>
        <source>Approve requisitions</source>
        <translation>审批招聘需求</translation>
    </message>
    <message>
        <source>Manage job openings</source>
        <translation>管理招聘职位</translation>
    </message>
    <message>
        <source>Move applications between stages</source>
        <translation>推进应聘阶段</translation>
    </message>
    <message>
        <source>Approve hires</source>
        <translation>审批录用</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>发送提醒</translation>
    </message>
    <message>
        <source>Erase candidates</source>
        <translation>删除候选人个人数据</translation>
    </message>
</context>
<context>
    <name>PostgresForm</name>
    <message>
        <location filename="../../ui/postgres_form.py" line="83" />
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="83" />
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="83" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="84" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="84" />
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="84" />
        <source>&amp;TLS:</source>
        <translation>TLS 加密(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="85" />
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="87" />
        <source>e.g. hr-server or 192.168.1.20</source>
        <translation>例如 hr-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="89" />
        <source>Off (unencrypted)</source>
        <translation>关闭（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="90" />
        <source>Use if the server offers it</source>
        <translation>服务器支持时使用</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="91" />
        <source>Required</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="92" />
        <source>Required, verify the server certificate</source>
        <translation>必须加密，并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="96" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="97" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="115" />
        <source>Enter the server name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="117" />
        <source>Enter the database name and the user.</source>
        <translation>请输入数据库名称和用户。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="144" />
        <source>Connected: the server answers and accepts the login.</source>
        <translation>连接成功：服务器响应正常并接受登录。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="152" />
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="153" />
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="51" />
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="53" />
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="53" />
        <source>Born:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="54" />
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="54" />
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="55" />
        <source>Expected salary:</source>
        <translation>期望薪资：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="55" />
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="56" />
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="56" />
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="57" />
        <source>Major:</source>
        <translation>专业：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="57" />
        <source>Experience:</source>
        <translation>工作经验：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="58" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="58" />
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="59" />
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="59" />
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="93" />
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="94" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="94" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/candidates/file_profile.py" line="104" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="107" />
        <location filename="../../ui/candidates/file_profile.py" line="108" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="114" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="114" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="116" />
        <source>Mask the numbers again</source>
        <translation>重新隐藏号码</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_profile.py" line="117" />
        <source>Show mobile, ID number and expected salary in clear (recorded in the audit log)</source>
        <translation>明文显示手机号、身份证号和期望薪资（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="245" />
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="246" />
        <source>Shown only this once.</source>
        <translation>仅显示这一次。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="248" />
        <source>If every administrator forgets the password, this code is the only way to open the database again. Write it down or print it, and keep it locked away, apart from this computer.</source>
        <translation>如果所有管理员都忘记了密码，只有凭此恢复码才能重新打开数据库。请抄写或打印下来，与这台电脑分开，锁好保管。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="251" />
        <source>I have written it down / printed it</source>
        <translation>我已抄写／打印恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="252" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <location filename="../../ui/recovery_print.py" line="24" />
        <source>hrdesk recovery code</source>
        <translation>hrdesk 恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="25" />
        <source>Printed on {date}.</source>
        <translation>打印日期：{date}。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="26" />
        <source>Keep this sheet locked away. With it, the database can be opened when every password is forgotten.</source>
        <translation>请将此页锁好保管。即使所有密码都已遗忘，凭此页也能打开数据库。</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/board/reject_dialog.py" line="22" />
        <source>Reject applications</source>
        <translation>淘汰候选人</translation>
    </message>
    <message>
        <location filename="../../ui/board/reject_dialog.py" line="34" />
        <source>Applications to reject: {count}</source>
        <translation>将淘汰：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/board/reject_dialog.py" line="35" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/board/reject_dialog.py" line="36" />
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>RequisitionDetailPane</name>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="93" />
        <source>Status:</source>
        <extracomment>Actions in button order; the widget decides which the actor may take.</extracomment>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="93" />
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="94" />
        <source>Headcount:</source>
        <translation>招聘人数：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="94" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="95" />
        <source>Job type:</source>
        <translation>职位类别：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="95" />
        <source>Wanted by:</source>
        <translation>期望到岗：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="96" />
        <source>Salary (yuan/month):</source>
        <translation>薪资（元/月）：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="96" />
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="97" />
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="97" />
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="98" />
        <source>Decided:</source>
        <translation>审批时间：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="98" />
        <source>Duties:</source>
        <translation>岗位职责：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="99" />
        <source>Requirements:</source>
        <translation>任职要求：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="102" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="102" />
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="103" />
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="103" />
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="104" />
        <source>Re&amp;turn for changes…</source>
        <translation>退回修改(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="104" />
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="105" />
        <source>Open job board</source>
        <translation>打开职位看板</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="108" />
        <source>Choose a requisition to see its details.</source>
        <translation>选择一条招聘需求以查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="109" />
        <source>Approval trail</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="131" />
        <source>{number}: {title}</source>
        <translation>{number}：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/detail.py" line="143" />
        <source>{status} (waiting for {role})</source>
        <translation>{status}（等待{role}处理）</translation>
    </message>
</context>
<context>
    <name>RequisitionForm</name>
    <message>
        <location filename="../../ui/requisitions/form.py" line="175" />
        <source>New requisition</source>
        <translation>新建招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="176" />
        <source>Edit requisition</source>
        <translation>编辑招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="177" />
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="178" />
        <source>&amp;Position title:</source>
        <translation>职位名称(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="179" />
        <source>&amp;Headcount:</source>
        <translation>招聘人数(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="179" />
        <source>&amp;Job type:</source>
        <translation>职位类别(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="180" />
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="180" />
        <source>&amp;Wanted by:</source>
        <translation>期望到岗(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="181" />
        <source>&amp;Salary (yuan/month):</source>
        <translation>薪资（元/月）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="182" />
        <source>D&amp;uties:</source>
        <translation>岗位职责(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="182" />
        <source>Re&amp;quirements:</source>
        <translation>任职要求(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="187" />
        <source>e.g. CNC lathe operator</source>
        <translation>例如：数控车工</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="188" />
        <source>by date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="189" />
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="189" />
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="190" />
        <source>{bound}: not set</source>
        <translation>{bound}：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="191" />
        <source>{bound} </source>
        <translation>{bound} </translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="192" />
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="193" />
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="194" />
        <source>Su&amp;bmit for approval</source>
        <translation>提交审批(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="195" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="236" />
        <source>Choose the department that needs the people.</source>
        <translation>请选择用人部门。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="238" />
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="240" />
        <source>Choose a job type.</source>
        <translation>请选择职位类别。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="242" />
        <source>At least 1.</source>
        <translation>至少为 1。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="244" />
        <source>Must not be in the past.</source>
        <translation>不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="246" />
        <source>The minimum must not be above the maximum.</source>
        <translation>最低值不能高于最高值。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="279" />
        <source>Showing the stored version; change it and save again.</source>
        <translation>当前显示的是已保存的版本，请修改后重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/form.py" line="299" />
        <source>Please correct the marked fields.</source>
        <translation>请更正标记的字段。</translation>
    </message>
</context>
<context>
    <name>RequisitionReason</name>
    <message>
        <source>New post</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>离职补缺</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩编</translation>
    </message>
</context>
<context>
    <name>RequisitionStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>Requisitions</name>
    <message>
        <location filename="../../ui/requisitions/models.py" line="103" />
        <source>Number</source>
        <extracomment>The core's vocabulary, in display order.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="103" />
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="103" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="103" />
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="104" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="104" />
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="104" />
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="104" />
        <source>Waiting for</source>
        <translation>等待审批人</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="205" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="205" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="205" />
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="205" />
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="205" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/models.py" line="206" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>RequisitionsWidget</name>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="160" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="163" />
        <source>Search number, position, department (Ctrl+F)</source>
        <translation>搜索编号、职位、部门 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="164" />
        <source>New requisition (Ctrl+N)</source>
        <translation>新建招聘需求 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="169" />
        <source>Mine</source>
        <translation>我发起的</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="169" />
        <source>Awaiting my approval ({count})</source>
        <translation>待我审批（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="170" />
        <source>All visible</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="290" />
        <source>Withdraw requisition</source>
        <translation>撤回招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="291" />
        <source>Withdraw {number}? It cannot be submitted again.</source>
        <translation>确定撤回 {number} 吗？撤回后不能再次提交。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="368" />
        <source>{number} was submitted for approval.</source>
        <translation>{number} 已提交审批。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="369" />
        <source>{number} was saved as a draft.</source>
        <translation>{number} 已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="384" />
        <source>{number} is waiting for approval.</source>
        <translation>{number} 正在等待审批。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="385" />
        <source>{number} is approved; its job is open.</source>
        <translation>{number} 已批准，对应职位已开放招聘。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="386" />
        <source>{number} was rejected.</source>
        <translation>{number} 已被驳回。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="388" />
        <source>{number} went back to its requester for changes.</source>
        <translation>{number} 已退回申请人修改。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="389" />
        <source>{number} was withdrawn.</source>
        <translation>{number} 已撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions/widget.py" line="390" />
        <source>{number} was updated.</source>
        <translation>{number} 已更新。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/users.py" line="244" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="246" />
        <source>New password for {name} ({username}). Tell it to them in person; it also lifts a sign-in lock.</source>
        <translation>为 {name}（{username}）设置新密码。请当面告知本人；重置后也会解除登录锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="250" />
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="251" />
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>用人部门负责人</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>决策层</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/roles.py" line="18" />
        <source>, </source>
        <comment>separator between role names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ScreeningRulesDialog</name>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="169" />
        <source>Minimum &amp;education:</source>
        <translation>最低学历(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="169" />
        <source>Minimum &amp;years:</source>
        <translation>最低工作年限(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="170" />
        <source>Required &amp;certificates:</source>
        <translation>必备证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="170" />
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="171" />
        <source>C&amp;ities:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="171" />
        <source>&amp;Pass score:</source>
        <translation>合格分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="174" />
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="175" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="176" />
        <source>separated by commas, e.g. {example}</source>
        <translation>用逗号分隔，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="180" />
        <source>0 to 100</source>
        <translation>0 到 100</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="182" />
        <source>Candidates scoring at least this, with every requirement met, are tagged high-potential and their recruiter and hiring manager are told.</source>
        <translation>得分不低于此分且满足全部要求的候选人会被标记为高潜，并通知招聘专员和用人部门负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="185" />
        <source>Reject candidates who do not match and queue a courteous rejection notice</source>
        <translation>淘汰不符合的候选人，并排队发送一封礼貌的婉拒通知</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="186" />
        <source>Sensitive rules (discrimination risk)</source>
        <translation>敏感规则（有歧视风险）</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="188" />
        <source>Screening by age or gender can be unlawful discrimination under equal-employment law (e.g. the PRC Employment Promotion Law). Use these rules only where a law or a real job requirement demands it; they are off unless you switch them on.</source>
        <translation>按年龄或性别筛选可能构成平等就业法律（如《中华人民共和国就业促进法》）禁止的歧视。只有在法律规定或岗位确有需要时才使用；除非您主动开启，这些规则不生效。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="191" />
        <source>Screen by &amp;age</source>
        <translation>按年龄筛选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="192" />
        <source>Screen by &amp;gender</source>
        <translation>按性别筛选(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="194" />
        <source>Minimum age:</source>
        <translation>最小年龄：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="194" />
        <source>Maximum age:</source>
        <translation>最大年龄：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="194" />
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="197" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="198" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="202" />
        <source>Screening rules</source>
        <translation>筛选规则</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="203" />
        <source>Screening rules of {code} {title}</source>
        <translation>{code} {title} 的筛选规则</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="239" />
        <source>Enter 0 to 60 years, or leave it empty.</source>
        <translation>请输入 0 到 60 年，或留空。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="240" />
        <source>Enter a pass score from 0 to 100.</source>
        <translation>请输入 0 到 100 的合格分。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="243" />
        <source>Enter an age from 16 to 80, or leave it empty.</source>
        <translation>请输入 16 到 80 的年龄，或留空。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="248" />
        <source>The maximum age must not be below the minimum age.</source>
        <translation>最大年龄不能小于最小年龄。</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/screening_dialog.py" line="250" />
        <source>Enter a minimum or a maximum age.</source>
        <translation>请填写最小或最大年龄。</translation>
    </message>
</context>
<context>
    <name>SectionsWidget</name>
    <message>
        <location filename="../../ui/sections.py" line="186" />
        <source>Workbench</source>
        <extracomment>Where each kind of target is shown, and the method of that screen that shows it.</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="186" />
        <source>Requisitions</source>
        <translation>招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="187" />
        <source>Pipeline board</source>
        <translation>招聘看板</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="187" />
        <source>Jobs</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="188" />
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="188" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="193" />
        <source>{section} ({count})</source>
        <translation>{section}（{count}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96" />
        <source>&amp;Lock after idle:</source>
        <translation>空闲多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99" />
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99" />
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100" />
        <source>&amp;Confirm new password:</source>
        <translation>确认新密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122" />
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140" />
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>No department head other than the requester: skipped</source>
        <translation>没有申请人以外的部门负责人，此步跳过</translation>
    </message>
    <message>
        <source>The approval ended before this step</source>
        <translation>流程已结束，未到达此步</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="197" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="197" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="197" />
        <source>&amp;Owner role:</source>
        <translation>负责角色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="198" />
        <source>&amp;SLA (working time):</source>
        <translation>时限（工作时间）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="198" />
        <source>Remind &amp;before due (hours):</source>
        <translation>到期前提醒（小时）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="199" />
        <source>Remind &amp;every (hours):</source>
        <translation>提醒间隔（小时）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="205" />
        <source>working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="206" />
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="207" />
        <source>May be skipped</source>
        <translation>可跳过</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="208" />
        <source>Before a candidate may leave this stage</source>
        <translation>候选人离开本阶段前须满足</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="209" />
        <source>At least one interviewer is assigned</source>
        <translation>至少已指派一名面试官</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="210" />
        <source>A comment is given</source>
        <translation>已填写评语</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="211" />
        <source>These fields of the candidate are filled in:</source>
        <translation>候选人的以下信息已填写：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="214" />
        <source>When a candidate enters this stage</source>
        <translation>候选人进入本阶段时</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="215" />
        <source>Add action</source>
        <translation>添加动作</translation>
    </message>
    <message>
        <location filename="../../ui/templates/stage_form.py" line="216" />
        <source>Remove action</source>
        <translation>删除动作</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Screening</source>
        <translation>简历筛选</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>测评</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>实操考核</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Background check</source>
        <translation>背景调查</translation>
    </message>
    <message>
        <source>Hiring approval</source>
        <translation>录用审批</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer发放</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>转正</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="133" />
        <source>Welcome to hrdesk</source>
        <translation>欢迎使用 hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="134" />
        <source>Which database should this computer use?</source>
        <translation>这台电脑使用哪个数据库？</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="136" />
        <source>hrdesk keeps all recruitment data in one encrypted database: a file on this computer, or a PostgreSQL server shared by several computers.</source>
        <translation>hrdesk 将全部招聘数据保存在一个加密数据库中：可以是这台电脑上的文件，也可以是多台电脑共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="138" />
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="140" />
        <source>An encrypted file on this computer, with you as its administrator.</source>
        <translation>在这台电脑上创建加密文件，由您担任管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="141" />
        <source>Open an existing database file</source>
        <translation>打开已有的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="143" />
        <source>A database created before, e.g. copied from another computer.</source>
        <translation>之前创建的数据库，例如从其他电脑复制过来的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="144" />
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="146" />
        <source>A PostgreSQL database shared by the HR office or the whole company.</source>
        <translation>人事部门或全公司共用的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="147" />
        <source>Try the demo</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="149" />
        <source>Sample jobs and candidates to explore; nothing real is stored.</source>
        <translation>用示例职位和候选人熟悉系统，不保存任何真实数据。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="150" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="151" />
        <source>Connect to a PostgreSQL server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="152" />
        <source>&lt; Back</source>
        <translation>&lt; 返回</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="153" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="154" />
        <source>Preparing the demo database</source>
        <translation>正在准备演示数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="155" />
        <source>Creating sample jobs and candidates…</source>
        <translation>正在生成示例职位和候选人…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="156" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="194" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="195" />
        <source>hrdesk database (*.hrdesk *.db);;All files (*)</source>
        <translation>hrdesk 数据库 (*.hrdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="202" />
        <source>There is no hrdesk database in {path}.</source>
        <translation>{path} 中没有 hrdesk 数据库。</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="108" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="108" />
        <source>Job</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="108" />
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/file_models.py" line="112" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>TemplateEditorWidget</name>
    <message>
        <location filename="../../ui/templates/widget.py" line="197" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="198" />
        <source>&amp;Clone</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="199" />
        <source>A copy of the selected pipeline, to adapt</source>
        <translation>复制所选流程模板，再按需修改</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="200" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="200" />
        <source>&amp;Job type:</source>
        <translation>职位类别(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="201" />
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="203" />
        <source>&amp;Add stage</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="204" />
        <source>Add a stage after the selected one (Ctrl+Shift+N)</source>
        <translation>在所选阶段之后添加阶段 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="205" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="206" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="207" />
        <source>Ctrl+Up; stages can also be dragged</source>
        <translation>Ctrl+Up；也可以拖动阶段</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="208" />
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="209" />
        <source>Ctrl+Down; stages can also be dragged</source>
        <translation>Ctrl+Down；也可以拖动阶段</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="211" />
        <source>Jobs that use this pipeline follow a saved change at once. A stage that candidates are in cannot be removed until they are moved on.</source>
        <translation>使用此流程模板的职位会立即采用保存后的更改。阶段中仍有候选人时不能删除，需先将他们移至其他阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="213" />
        <source>&amp;Save pipeline</source>
        <translation>保存流程模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="214" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="215" />
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="216" />
        <source>Show the stored pipeline; your edits are dropped</source>
        <translation>显示已保存的流程模板，放弃您的修改</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="264" />
        <source>New pipeline</source>
        <translation>新流程模板</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="265" />
        <source>Screening</source>
        <translation>简历筛选</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="272" />
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="323" />
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="377" />
        <source>Not saved: fix the marked problems first ({count}).</source>
        <translation>未保存：请先修正标记的问题（{count} 处）。</translation>
    </message>
    <message>
        <location filename="../../ui/templates/widget.py" line="396" />
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../../ui/templates/model.py" line="178" />
        <source>{count} stages</source>
        <translation>{count} 个阶段</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Added</source>
        <translation>加入人才库</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>修改资料</translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>上传附件</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Resume screened</source>
        <translation>简历筛选</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>个人数据已删除</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>应聘</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Skipped ahead</source>
        <translation>跳过阶段</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>恢复推进</translation>
    </message>
    <message>
        <source>Interviewers assigned</source>
        <translation>指定面试官</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>推荐给用人部门</translation>
    </message>
    <message>
        <source>Taken off the shortlist</source>
        <translation>撤回推荐</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Overdue task escalated</source>
        <translation>逾期任务已升级</translation>
    </message>
    <message>
        <source>Job opened</source>
        <translation>开放职位</translation>
    </message>
    <message>
        <source>Headcount added</source>
        <translation>增加招聘人数</translation>
    </message>
    <message>
        <source>Screening rules changed</source>
        <translation>修改筛选规则</translation>
    </message>
    <message>
        <source>Requisition drafted</source>
        <translation>起草招聘需求</translation>
    </message>
    <message>
        <source>Requisition edited</source>
        <translation>编辑招聘需求</translation>
    </message>
    <message>
        <source>Requisition submitted</source>
        <translation>提交招聘需求</translation>
    </message>
    <message>
        <source>Requisition cancelled</source>
        <translation>撤回招聘需求</translation>
    </message>
    <message>
        <source>Requisition approved</source>
        <translation>招聘需求已批准</translation>
    </message>
    <message>
        <source>Approval step approved</source>
        <translation>审批通过一步</translation>
    </message>
    <message>
        <source>Requisition rejected</source>
        <translation>招聘需求被驳回</translation>
    </message>
    <message>
        <source>Requisition returned for changes</source>
        <translation>招聘需求被退回修改</translation>
    </message>
    <message>
        <source>Approval step skipped</source>
        <translation>审批步骤已跳过</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="21" />
        <source>, </source>
        <comment>separator in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="28" />
        <source>Added to the candidate pool</source>
        <translation>加入人才库</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="29" />
        <source>Profile changed: {fields}</source>
        <translation>修改资料：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="30" />
        <source>Tags changed (added: {added}; removed: {removed})</source>
        <translation>修改标签（新增：{added}；移除：{removed}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="31" />
        <source>Merged with the duplicate record of {name}</source>
        <translation>与 {name} 的重复记录合并</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="32" />
        <source>Attached the file {file}</source>
        <translation>上传附件 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="33" />
        <source>Removed the file {file}</source>
        <translation>删除附件 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="34" />
        <source>Applied to {job}; starts at {to}</source>
        <translation>应聘 {job}，进入 {to}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="35" />
        <source>{job}: advanced from {from_} to {to}</source>
        <translation>{job}：从 {from_} 推进到 {to}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="36" />
        <source>{job}: skipped ahead from {from_} to {to}</source>
        <translation>{job}：从 {from_} 跳过至 {to}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="37" />
        <source>{job}: moved back from {from_} to {to}</source>
        <translation>{job}：从 {from_} 退回到 {to}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="38" />
        <source>{job}: hired</source>
        <translation>{job}：已录用</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="39" />
        <source>{job}: rejected at {from_} (reason: {reason})</source>
        <translation>{job}：在 {from_} 被淘汰（原因：{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="40" />
        <source>{job}: withdrew at {from_} (reason: {reason})</source>
        <translation>{job}：在 {from_} 放弃（原因：{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="41" />
        <source>{job}: put on hold</source>
        <translation>{job}：暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="42" />
        <source>{job}: reactivated</source>
        <translation>{job}：恢复推进</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="43" />
        <source>{job}: interviewers assigned ({count})</source>
        <translation>{job}：指定面试官（{count} 人）</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="44" />
        <source>{job}: shortlisted for the hiring manager</source>
        <translation>{job}：推荐给用人部门</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="45" />
        <source>{job}: taken off the shortlist</source>
        <translation>{job}：撤回推荐</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="46" />
        <source>Task done: {task}</source>
        <translation>完成任务：{task}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="47" />
        <source>Overdue task escalated: {task}</source>
        <translation>逾期任务已升级：{task}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="48" />
        <source>Erased: the person's data removed; their applications stay in the figures</source>
        <translation>已删除：此人的个人信息已清除，其应聘仍计入统计</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="64" />
        <source>{event} — “{comment}”</source>
        <translation>{event}——“{comment}”</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="72" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="72" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/timeline_model.py" line="72" />
        <source>What happened</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Something went wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again after {until}.</source>
        <translation>登录失败次数过多，请在 {until} 之后再试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The password must have at least {min_length} characters.</source>
        <translation>密码至少需要 {min_length} 个字符。</translation>
    </message>
    <message>
        <source>The recovery code is not right.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>You are not allowed to do this ({permission}).</source>
        <translation>您没有执行此操作的权限（{permission}）。</translation>
    </message>
    <message>
        <source>The user name “{username}” is already in use.</source>
        <translation>用户名“{username}”已被占用。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>{entity} {key} does not exist.</source>
        <translation>{entity} {key} 不存在。</translation>
    </message>
    <message>
        <source>{entity} was changed by someone else meanwhile. Reload and try again.</source>
        <translation>{entity} 在此期间已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>{location} already holds an hrdesk database.</source>
        <translation>{location} 中已有 hrdesk 数据库。</translation>
    </message>
    <message>
        <source>There is no hrdesk database at {location}. Create one first (hrdesk init).</source>
        <translation>{location} 中没有 hrdesk 数据库，请先创建（hrdesk init）。</translation>
    </message>
    <message>
        <source>{path} is not an hrdesk database.</source>
        <translation>{path} 不是 hrdesk 数据库。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or cannot be decrypted.</source>
        <translation>数据库文件 {path} 已损坏或无法解密。</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing). Try again in a moment.</source>
        <translation>数据库正忙（另一个程序正在写入），请稍后再试。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} does not answer.</source>
        <translation>位于 {host}:{port} 的 PostgreSQL 服务器没有响应。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} reported an error: {detail}</source>
        <translation>位于 {host}:{port} 的 PostgreSQL 服务器报告错误：{detail}</translation>
    </message>
    <message>
        <source>This database was last opened by a newer hrdesk (schema {revision}). Install the newer version to open it.</source>
        <translation>此数据库已被更新版本的 hrdesk 打开过（结构版本 {revision}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>{path} is not an hrdesk backup, or it is damaged.</source>
        <translation>{path} 不是 hrdesk 备份文件，或已损坏。</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}</source>
        <translation>无法使用 {path}：{reason}</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} refused user {user}: {detail}</source>
        <translation>位于 {host}:{port} 的 PostgreSQL 服务器拒绝了用户 {user}：{detail}</translation>
    </message>
    <message>
        <source>“{stage}” cannot be left yet: {reason}</source>
        <translation>暂时不能离开“{stage}”：{reason}</translation>
    </message>
    <message>
        <source>This move is not allowed: {reason}</source>
        <translation>不允许这样流转：{reason}</translation>
    </message>
    <message>
        <source>The application is {status}; reactivate it first.</source>
        <translation>该应聘记录当前为{status}，请先重新激活。</translation>
    </message>
    <message>
        <source>This was already decided by {by} at {at}.</source>
        <translation>{by} 已于 {at} 作出决定。</translation>
    </message>
    <message>
        <source>This step waits for {role}, not for you.</source>
        <translation>这一步应由{role}处理，不是您。</translation>
    </message>
    <message>
        <source>Changed by {by} at {at}. Reload to see the change; what you typed is kept.</source>
        <translation>{by} 已于 {at} 修改了此记录。请重新加载查看更改，您输入的内容会保留。</translation>
    </message>
    <message>
        <source>A candidate cannot be merged into itself.</source>
        <translation>候选人不能与自己合并。</translation>
    </message>
    <message>
        <source>{entity} is {status}: {reason}</source>
        <translation>{entity}当前为{status}：{reason}</translation>
    </message>
    <message>
        <source>{keep} and {merge} both have an open application to {job}; close one of them before merging.</source>
        <translation>{keep} 和 {merge} 都有应聘 {job} 的进行中申请，请先关闭其中一个再合并。</translation>
    </message>
    <message>
        <source>{name} already has an open application to {job}.</source>
        <translation>{name} 已有应聘 {job} 的进行中申请。</translation>
    </message>
    <message>
        <source>The stored file {name} is damaged and cannot be opened.</source>
        <translation>已存储的文件 {name} 已损坏，无法打开。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <source>{file} was refused as unsafe: {reason}.</source>
        <translation>{file} 不安全，已拒绝：{reason}。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows cannot be imported (the first is row {row}: {reason}).</source>
        <translation>没有导入任何数据：有 {count} 行无法导入（第一处是第 {row} 行：{reason}）。</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”.</source>
        <translation>{file} 中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>The file “{file}” was refused as unsafe: {reason}.</source>
        <translation>文件“{file}”不安全，已拒绝：{reason}。</translation>
    </message>
    <message>
        <source>HRDESK_NOW pins the time for rehearsals on a demo database only; unset it to use this database.</source>
        <translation>HRDESK_NOW 只能在演示数据库上固定时间用于演练；请取消该设置后再使用此数据库。</translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up database (or its recovery code) can restore or check this backup.</source>
        <translation>只有被备份数据库的管理员（或其恢复码）才能恢复或检查此备份。</translation>
    </message>
    <message>
        <source>Your account has not received the key to {what} yet. It arrives when a colleague who holds it signs in; an administrator can also use the recovery code (hrdesk recover).</source>
        <translation>您的账户尚未收到{what}的密钥。持有该密钥的同事登录后即会送达；管理员也可以使用恢复码（hrdesk recover）。</translation>
    </message>
    <message>
        <source>A restore into {location} was interrupted. Run the same restore again to finish it; nothing else was changed.</source>
        <translation>向 {location} 的恢复被中断。请再次运行同一恢复以完成它；其他内容均未改动。</translation>
    </message>
    <message>
        <source>The key ring was altered: the {purpose} key does not match its check value. Ask an administrator; do not use this database until it is restored from a backup.</source>
        <translation>密钥环被改动：{purpose} 密钥与其校验值不符。请联系管理员；在从备份恢复之前请勿使用此数据库。</translation>
    </message>
    <message>
        <source>There is no room left to write (the disk is full, or a file may not grow larger). Nothing of this task was saved; free some space and try again.</source>
        <translation>没有可写入的空间（磁盘已满，或文件不能再增大）。此项任务的内容均未保存；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>This person still has an open application to {jobs}; reject or close it before erasing them.</source>
        <translation>此人在 {jobs} 仍有进行中的应聘；请先淘汰或关闭该应聘，再删除此人。</translation>
    </message>
    <message>
        <source>This person was already erased on {at}.</source>
        <translation>此人已于 {at} 删除。</translation>
    </message>
    <message>
        <source>Say why this person is erased (their request, the retention period ending …).</source>
        <translation>请说明删除此人的原因（本人申请、保存期限届满等）。</translation>
    </message>
    <message>
        <source>This pair was already decided: {status}.</source>
        <translation>这一对已经处理过：{status}。</translation>
    </message>
    <message>
        <source>Applications ({count}) still stand in the stage “{stage}”; move them first.</source>
        <translation>阶段“{stage}”中还有 {count} 个应聘，请先将其移走。</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {reason}</source>
        <translation>第 {row} 行，{field}：{reason}</translation>
    </message>
    <message>
        <source>Stage {stage} ({name}), {field}: {reason}</source>
        <translation>第 {stage} 个阶段（{name}），{field}：{reason}</translation>
    </message>
    <message>
        <source>Step {step}, {field}: {reason}</source>
        <translation>第 {step} 步，{field}：{reason}</translation>
    </message>
    <message>
        <source>{name} is already on file (same {identity_key}).</source>
        <translation>{name} 已在库中（{identity_key}相同）。</translation>
    </message>
    <message>
        <source>{name} is already on file with the same {identity_key}, under another name. Is this the same person?</source>
        <translation>库中已有{identity_key}相同但姓名不同的{name}。是同一个人吗？</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
</context>
<context>
    <name>UserErrorEntity</name>
    <message>
        <source>application</source>
        <translation>应聘</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>duplicate pair</source>
        <translation>疑似重复记录</translation>
    </message>
    <message>
        <source>job</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>key ring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>mapping profile</source>
        <translation>列对应方案</translation>
    </message>
    <message>
        <source>open duplicate pair</source>
        <translation>待处理的疑似重复记录</translation>
    </message>
    <message>
        <source>pipeline template</source>
        <translation>招聘流程模板</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>refusal reason</source>
        <translation>淘汰原因</translation>
    </message>
    <message>
        <source>requisition</source>
        <translation>招聘需求</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>approval policy</source>
        <translation>审批流程设置</translation>
    </message>
    <message>
        <source>screening rules</source>
        <translation>筛选规则</translation>
    </message>
    <message>
        <source>site</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>UserErrorField</name>
    <message>
        <source>HRDESK_NOW</source>
        <translation>HRDESK_NOW</translation>
    </message>
    <message>
        <source>--head</source>
        <translation>--head</translation>
    </message>
    <message>
        <source>--user</source>
        <translation>--user</translation>
    </message>
    <message>
        <source>CANDIDATE_ID</source>
        <translation>候选人编号</translation>
    </message>
    <message>
        <source>Actions on entry</source>
        <translation>进入时的动作</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>审批步骤</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <source>Fields to take</source>
        <translation>采用字段</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Headcount over</source>
        <translation>招聘人数超过</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Import policy</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>职位类别</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Maximum salary over</source>
        <translation>薪资上限超过</translation>
    </message>
    <message>
        <source>Merge policy</source>
        <translation>合并方式</translation>
    </message>
    <message>
        <source>Minimum salary</source>
        <translation>薪资下限</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Placeholder values</source>
        <translation>占位值</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>离开条件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>期望到岗日期</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>工作年限</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <source>Remind before due</source>
        <translation>到期前提醒</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>提醒间隔</translation>
    </message>
    <message>
        <source>SLA (working time)</source>
        <translation>时限（工作时间）</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation>最低学历</translation>
    </message>
    <message>
        <source>Minimum years of experience</source>
        <translation>最低工作年限</translation>
    </message>
    <message>
        <source>Pass score</source>
        <translation>通过分</translation>
    </message>
</context>
<context>
    <name>UserErrorReason</name>
    <message>
        <source>0 to 1,000,000</source>
        <translation>0 到 1,000,000</translation>
    </message>
    <message>
        <source>0 to 3 stars</source>
        <translation>0 到 3 颗星</translation>
    </message>
    <message>
        <source>1–100 characters</source>
        <translation>1–100 个字符</translation>
    </message>
    <message>
        <source>1–64 characters, no spaces</source>
        <translation>1–64 个字符，不含空格</translation>
    </message>
    <message>
        <source>M or F (男 or 女)</source>
        <translation>M 或 F（男或女）</translation>
    </message>
    <message>
        <source>a line in it is malformed or far too long</source>
        <translation>其中有一行格式错误或过长</translation>
    </message>
    <message>
        <source>a part is compressed far more than real data allows (a zip bomb)</source>
        <translation>其中某部分的压缩比远超正常数据（压缩炸弹）</translation>
    </message>
    <message>
        <source>a pipeline needs at least one stage</source>
        <translation>流程至少需要一个阶段</translation>
    </message>
    <message>
        <source>an XML part has an oversized preamble</source>
        <translation>其中某个 XML 部分的文件头过大</translation>
    </message>
    <message>
        <source>an XML part uses an encoding that cannot be checked</source>
        <translation>其中某个 XML 部分使用了无法检查的编码</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>at most two decimal places</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <source>belongs to another site</source>
        <translation>属于其他地点</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>choose an active channel</source>
        <translation>请选择启用中的渠道</translation>
    </message>
    <message>
        <source>code and name are required</source>
        <translation>代码和名称必填</translation>
    </message>
    <message>
        <source>give a decimal amount, not a float</source>
        <translation>请填写十进制金额</translation>
    </message>
    <message>
        <source>it can no longer be changed</source>
        <translation>已不能再修改</translation>
    </message>
    <message>
        <source>it contains an XML document type declaration (entities are not allowed)</source>
        <translation>其中含有 XML 文档类型声明（不允许实体）</translation>
    </message>
    <message>
        <source>it declares XML entities or a DOCTYPE, which Word never writes</source>
        <translation>其中声明了 XML 实体或 DOCTYPE，Word 从不会这样写</translation>
    </message>
    <message>
        <source>it holds more parts than any real document needs</source>
        <translation>其中的部件数量远超任何真实文档</translation>
    </message>
    <message>
        <source>it is a Word document, not a spreadsheet</source>
        <translation>这是 Word 文档，不是表格</translation>
    </message>
    <message>
        <source>it is a binary file, not a spreadsheet</source>
        <translation>这是二进制文件，不是表格</translation>
    </message>
    <message>
        <source>it is a binary file, not text</source>
        <translation>这是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>it is a zip archive, not a spreadsheet</source>
        <translation>这是 zip 压缩包，不是表格</translation>
    </message>
    <message>
        <source>it is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx</source>
        <translation>这是 Excel 2003 XML 表格；请用 Excel 打开后另存为 .xlsx</translation>
    </message>
    <message>
        <source>it is damaged (a part fails its checksum)</source>
        <translation>文件已损坏（某部分校验失败）</translation>
    </message>
    <message>
        <source>it is damaged (the zip archive is incomplete)</source>
        <translation>文件已损坏（压缩包不完整）</translation>
    </message>
    <message>
        <source>it is damaged or not a spreadsheet</source>
        <translation>文件已损坏或不是表格</translation>
    </message>
    <message>
        <source>it is not really an Excel workbook</source>
        <translation>这其实不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>it is protected by a password; remove the password in Excel and save it again</source>
        <translation>文件有密码保护；请在 Excel 中去掉密码后重新保存</translation>
    </message>
    <message>
        <source>it names a file outside the archive</source>
        <translation>其中引用了压缩包以外的文件</translation>
    </message>
    <message>
        <source>it was merged into another candidate</source>
        <translation>已合并到另一位候选人</translation>
    </message>
    <message>
        <source>it would unpack to more than 500 MB</source>
        <translation>解压后会超过 500 MB</translation>
    </message>
    <message>
        <source>its text encoding is not recognised (expected UTF-8, UTF-16 or GBK)</source>
        <translation>无法识别文本编码（应为 UTF-8、UTF-16 或 GBK）</translation>
    </message>
    <message>
        <source>limit 1 to 500, offset from 0</source>
        <translation>每页 1 到 500 条，起始位置不小于 0</translation>
    </message>
    <message>
        <source>lowercase letters, digits and _</source>
        <translation>小写字母、数字和下划线</translation>
    </message>
    <message>
        <source>must not be before period_start</source>
        <translation>不能早于期间开始</translation>
    </message>
    <message>
        <source>must not be before start</source>
        <translation>不能早于开始时间</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>不能早于今天</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>no header row followed by data was found in its first 20 rows</source>
        <translation>前 20 行中没有找到下面跟着数据的表头行</translation>
    </message>
    <message>
        <source>not an ISO 8601 time</source>
        <translation>不是 ISO 8601 时间格式</translation>
    </message>
    <message>
        <source>one field (or none) per column</source>
        <translation>每列对应一个字段（或不对应）</translation>
    </message>
    <message>
        <source>only a submitted requisition can be decided</source>
        <translation>只有已提交的招聘需求才能审批</translation>
    </message>
    <message>
        <source>only open jobs take applications</source>
        <translation>只有招聘中的职位才能接收应聘</translation>
    </message>
    <message>
        <source>only open tasks can be completed</source>
        <translation>只有待办任务才能完成</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>stages cannot be jumped; move one at a time</source>
        <translation>不能跨阶段推进，请逐个阶段推进</translation>
    </message>
    <message>
        <source>that stage is not in this job's pipeline</source>
        <translation>该阶段不在此职位的招聘流程中</translation>
    </message>
    <message>
        <source>the application is already in that stage</source>
        <translation>应聘已处于该阶段</translation>
    </message>
    <message>
        <source>the approval chain has nobody to decide it</source>
        <translation>审批链上没有可审批的人</translation>
    </message>
    <message>
        <source>the desktop client is not installed</source>
        <translation>未安装桌面客户端</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>最小值大于最大值</translation>
    </message>
    <message>
        <source>the next stage cannot be skipped</source>
        <translation>下一阶段不可跳过</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>两次输入不一致</translation>
    </message>
    <message>
        <source>the web page in it contains no table</source>
        <translation>其中的网页不含表格</translation>
    </message>
    <message>
        <source>there is no earlier stage to go back to</source>
        <translation>没有可退回的上一阶段</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>不能停用自己的账号</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>无法读取该文件夹</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>该文件夹不存在</translation>
    </message>
    <message>
        <source>SEQ:HASH (64 hex digits)</source>
        <translation>序号:哈希（64 位十六进制）</translation>
    </message>
    <message>
        <source>is a folder, not a backup file</source>
        <translation>是文件夹，不是备份文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the keys already follow roles</source>
        <translation>密钥已按角色划分</translation>
    </message>
    <message>
        <source>erase the record it was merged into</source>
        <translation>请删除它被合并到的那条记录</translation>
    </message>
    <message>
        <source>not a candidate id</source>
        <translation>不是候选人编号</translation>
    </message>
    <message>
        <source>at most 200 characters each</source>
        <translation>每项最多 200 个字符</translation>
    </message>
    <message>
        <source>one of the pair</source>
        <translation>须是这一对中的一位</translation>
    </message>
    <message>
        <source>required with --merge</source>
        <translation>使用 --merge 时必填</translation>
    </message>
    <message>
        <source>0–240 hours</source>
        <translation>0–240 小时</translation>
    </message>
    <message>
        <source>1–400 hours or days</source>
        <translation>1–400 小时或天</translation>
    </message>
    <message>
        <source>1–720 hours</source>
        <translation>1–720 小时</translation>
    </message>
    <message>
        <source>a form needs a form name</source>
        <translation>表单动作需要表单名称</translation>
    </message>
    <message>
        <source>a notice needs a title</source>
        <translation>通知需要标题</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>任务需要标题</translation>
    </message>
    <message>
        <source>a whole number from 0 to 60</source>
        <translation>须为 0 到 60 的整数</translation>
    </message>
    <message>
        <source>at least one step is required</source>
        <translation>至少需要一个审批步骤</translation>
    </message>
    <message>
        <source>at least one step must apply to every requisition</source>
        <translation>至少要有一个步骤适用于所有招聘需求</translation>
    </message>
    <message>
        <source>at least {count}</source>
        <translation>至少为 {count}</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>最多 {limit}</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>choose the fields that must be filled in</source>
        <translation>请选择必须填写的字段</translation>
    </message>
    <message>
        <source>does not match the ID number</source>
        <translation>与身份证号不符</translation>
    </message>
    <message>
        <source>does not match the ID number ({value})</source>
        <translation>与身份证号不符（{value}）</translation>
    </message>
    <message>
        <source>each approver may appear only once</source>
        <translation>每个审批人只能出现一次</translation>
    </message>
    <message>
        <source>each step must be an object with a role</source>
        <translation>每个步骤都必须指定审批角色</translation>
    </message>
    <message>
        <source>give at least one condition, or remove the condition</source>
        <translation>请至少给出一个条件，或删除该条件</translation>
    </message>
    <message>
        <source>lowercase letters, digits and _ only</source>
        <translation>只能使用小写字母、数字和 _</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>须为不小于 0 的整数</translation>
    </message>
    <message>
        <source>must not be above the maximum salary</source>
        <translation>不能高于薪资上限</translation>
    </message>
    <message>
        <source>no pipeline for {value}</source>
        <translation>没有适用于 {value} 的招聘流程</translation>
    </message>
    <message>
        <source>nobody else may decide the step of {role}</source>
        <translation>没有其他人可以审批“{role}”这一步</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <source>not a plausible birth date</source>
        <translation>出生日期不合理</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>须为 {choices} 之一</translation>
    </message>
    <message>
        <source>the application is {status}</source>
        <translation>该应聘当前为“{status}”</translation>
    </message>
    <message>
        <source>unknown action {value}</source>
        <translation>未知的动作 {value}</translation>
    </message>
    <message>
        <source>unknown approver {value}</source>
        <translation>未知的审批人 {value}</translation>
    </message>
    <message>
        <source>unknown candidate field {value}</source>
        <translation>未知的候选人字段 {value}</translation>
    </message>
    <message>
        <source>unknown field {value}</source>
        <translation>未知的字段 {value}</translation>
    </message>
    <message>
        <source>unknown kind {value}</source>
        <translation>未知的类型 {value}</translation>
    </message>
    <message>
        <source>unknown reason {value}</source>
        <translation>未知的原因 {value}</translation>
    </message>
    <message>
        <source>unknown recipient {value}</source>
        <translation>未知的接收人 {value}</translation>
    </message>
    <message>
        <source>unknown refusal reason {value}</source>
        <translation>未知的淘汰原因 {value}</translation>
    </message>
    <message>
        <source>unknown requirement {value}</source>
        <translation>未知的条件 {value}</translation>
    </message>
    <message>
        <source>unknown role {value}</source>
        <translation>未知的角色 {value}</translation>
    </message>
    <message>
        <source>unknown setting {value}</source>
        <translation>未知的设置 {value}</translation>
    </message>
    <message>
        <source>unknown status {value}</source>
        <translation>未知的状态 {value}</translation>
    </message>
    <message>
        <source>wrong length, check digit or birth date</source>
        <translation>长度、校验位或出生日期有误</translation>
    </message>
    <message>
        <source>{key} is used by an earlier stage</source>
        <translation>{key} 已被前面的阶段使用</translation>
    </message>
    <message>
        <source>{value} is already used</source>
        <translation>{value} 已被使用</translation>
    </message>
    <message>
        <source>“{value}” is not a mainland mobile number</source>
        <translation>“{value}”不是大陆手机号码</translation>
    </message>
    <message>
        <source>“{value}” is not an email address</source>
        <translation>“{value}”不是邮箱地址</translation>
    </message>
    <message>
        <source>“{value}…” is longer than {limit} characters</source>
        <translation>“{value}…”超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>1 to {limit} characters</source>
        <translation>1 到 {limit} 个字符</translation>
    </message>
    <message>
        <source>its text part is larger than {limit} MB</source>
        <translation>其正文部分超过 {limit} MB</translation>
    </message>
    <message>
        <source>no field “{value}”</source>
        <translation>没有字段“{value}”</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 到 100</translation>
    </message>
    <message>
        <source>0 to 60 years</source>
        <translation>0 到 60 年</translation>
    </message>
    <message>
        <source>16 to 80 years</source>
        <translation>16 到 80 岁</translation>
    </message>
    <message>
        <source>M or F</source>
        <translation>M 或 F</translation>
    </message>
    <message>
        <source>at least the minimum age</source>
        <translation>不能小于最小年龄</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>超过 {limit} MB</translation>
    </message>
    <message>
        <source>only PDF, Word, image and text files</source>
        <translation>只能上传 PDF、Word、图片和文本文件</translation>
    </message>
</context>
<context>
    <name>UserErrorStatus</name>
    <message>
        <source>hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>split</source>
        <translation>已按角色拆分</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/admin/users.py" line="62" />
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="65" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="65" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="67" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="69" />
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="72" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="74" />
        <source>Home site</source>
        <translation>所属地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="75" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="78" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/users.py" line="86" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>密码太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="89" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="302" />
        <source>Filter by name, role or site</source>
        <translation>按姓名、角色或地点筛选</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="303" />
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="304" />
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="358" />
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="359" />
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="375" />
        <source>User {username} created.</source>
        <translation>已创建用户 {username}。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="380" />
        <source>Password reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="383" />
        <source>{username} can sign in again.</source>
        <translation>{username} 已可重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="384" />
        <source>{username} can no longer sign in.</source>
        <translation>{username} 已不能再登录。</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../ui/workbench/models.py" line="115" />
        <source>{title} × {count}</source>
        <translation>{title} × {count}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="117" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="118" />
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="119" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="120" />
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="121" />
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="132" />
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="133" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="163" />
        <source>Job</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="165" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="166" />
        <location filename="../../ui/workbench/models.py" line="273" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="167" />
        <source>Waiting longest</source>
        <translation>等待最久</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="168" />
        <source>Overdue by</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="177" />
        <source>under a working day</source>
        <translation>不足一个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="178" />
        <source>{days} working days</source>
        <translation>{days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="183" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="184" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="185" />
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="187" />
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="216" />
        <source>added the candidate</source>
        <translation>新增候选人</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="217" />
        <source>edited the candidate</source>
        <translation>编辑候选人</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="218" />
        <source>changed tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="219" />
        <source>merged duplicates</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="220" />
        <source>attached a file</source>
        <translation>上传附件</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="221" />
        <source>removed a file</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="222" />
        <source>added an application</source>
        <translation>新增应聘</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="223" />
        <location filename="../../ui/workbench/models.py" line="226" />
        <source>moved to {stage}</source>
        <translation>推进到 {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="224" />
        <source>skipped to {stage}</source>
        <translation>跳至 {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="225" />
        <source>moved back to {stage}</source>
        <translation>退回到 {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="227" />
        <source>hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="228" />
        <source>rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="229" />
        <source>marked withdrawn</source>
        <translation>标记为放弃</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="230" />
        <source>put on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="231" />
        <source>reactivated</source>
        <translation>恢复推进</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="232" />
        <source>shortlisted</source>
        <translation>推荐给用人部门</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="233" />
        <source>removed from the shortlist</source>
        <translation>撤回推荐</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="234" />
        <source>assigned interviewers</source>
        <translation>指定面试官</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="235" />
        <source>completed a task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="236" />
        <source>escalation of an overdue task</source>
        <translation>逾期任务升级</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="237" />
        <source>opened the job</source>
        <translation>开放职位</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="238" />
        <source>added headcount</source>
        <translation>增加招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="239" />
        <source>drafted a requisition</source>
        <translation>起草招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="240" />
        <source>edited a requisition</source>
        <translation>编辑招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="241" />
        <source>submitted a requisition</source>
        <translation>提交招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="242" />
        <source>cancelled a requisition</source>
        <translation>撤回招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="243" />
        <source>requisition approved</source>
        <translation>招聘需求已批准</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="244" />
        <source>approved a requisition step</source>
        <translation>审批通过一步</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="245" />
        <source>rejected a requisition</source>
        <translation>驳回招聘需求</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="246" />
        <source>returned a requisition for changes</source>
        <translation>退回招聘需求修改</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="247" />
        <source>approval step skipped</source>
        <translation>审批步骤已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="273" />
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="273" />
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="276" />
        <source>Nothing overdue</source>
        <translation>没有逾期事项</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="276" />
        <source>Nothing else due today</source>
        <translation>今天没有其他到期事项</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="277" />
        <source>Nothing scheduled later</source>
        <translation>之后没有安排</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="328" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="328" />
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/models.py" line="369" />
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
</context>
<context>
    <name>WorkbenchWidget</name>
    <message>
        <location filename="../../ui/workbench/widget.py" line="68" />
        <source>Loading…</source>
        <extracomment>Preferences names of the splitters' states (stored like window geometry).</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="163" />
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="165" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="166" />
        <source>Load everything again (F5)</source>
        <translation>重新加载全部内容 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="167" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="168" />
        <source>Mark the selected task done (Ctrl+D)</source>
        <translation>将所选任务标记为完成 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="169" />
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="170" />
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="171" />
        <source>No requisitions are waiting for your decision.</source>
        <translation>没有等待您审批的招聘需求。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="173" />
        <source>No notices. Reminders, escalations and approval requests arrive here.</source>
        <translation>暂无消息。提醒、升级通知和审批请求会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="175" />
        <source>Nothing overdue: every hire in your scope is within its stage's time limit.</source>
        <translation>没有逾期：您负责范围内的所有招聘均在各阶段时限之内。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="176" />
        <source>No activity in your scope yet.</source>
        <translation>您负责的范围内暂无动态。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="184" />
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="185" />
        <source>My tasks: {overdue} overdue, {today} due today</source>
        <translation>我的任务：{overdue} 项逾期，{today} 项今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="187" />
        <source>Pending approvals ({count})</source>
        <translation>待我审批（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="190" />
        <source>Inbox ({count} unread)</source>
        <translation>消息（{count} 条未读）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="191" />
        <source>Inbox</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="192" />
        <source>Stalled hires ({count})</source>
        <translation>逾期未推进（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="194" />
        <source>Recent activity</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="236" />
        <source>Not loaded. Press F5 to try again.</source>
        <translation>未能加载，请按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/widget.py" line="247" />
        <source>Done: {task}</source>
        <translation>已完成：{task}</translation>
    </message>
</context>
</TS>
