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
        <location filename="../../ui/first_run_wizard.py" line="103" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>密码太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="106" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="148" />
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/first_run_wizard.py" line="150" />
        <source>The first user manages users, roles and backups. Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>第一个用户负责管理用户、角色和备份。请设置至少 %n 个字符的密码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="152" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="152" />
        <source>&amp;Display name:</source>
        <translation>姓名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="152" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="153" />
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="158" />
        <source>e.g. Wang Fang, IT</source>
        <translation>例如：王芳（信息部）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="210" />
        <source>Long enough, and both entries match.</source>
        <translation>密码长度符合要求，两次输入一致。</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/board/widget.py" line="144" />
        <source>&amp;Job:</source>
        <translation>岗位(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="145" />
        <source>Filter by name, tag or channel (Ctrl+F)</source>
        <translation>按姓名、标签或渠道筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="146" />
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="147" />
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="148" />
        <source>Reject…</source>
        <translation>淘汰…</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="150" />
        <location filename="../../ui/board/widget.py" line="173" />
        <source>Show or hide</source>
        <translation>展开或收起</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="195" />
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="195" />
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="196" />
        <source>Withdrawn</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="206" />
        <source>{stage} ({count})</source>
        <translation>{stage}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="207" />
        <source>{stage} ({shown}/{count})</source>
        <translation>{stage}（{shown}/{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="212" />
        <source>SLA: {amount} working days</source>
        <translation>时限：{amount} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="213" />
        <source>SLA: {amount} working hours</source>
        <translation>时限：{amount} 个工作小时</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="215" />
        <source>overdue: {count}</source>
        <translation>超期：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="235" />
        <source>Selected: {count}</source>
        <translation>已选：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="364" />
        <source>There are no jobs to show.</source>
        <translation>没有可显示的岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="387" />
        <source>Changed: {count}</source>
        <translation>已处理：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/board/widget.py" line="389" />
        <source>Refused: {count}. {reason}</source>
        <translation>未能处理：{count}。{reason}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/board/delegate.py" line="32" />
        <source>{years} yrs</source>
        <translation>{years}年</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="39" />
        <source>Working days in stage: {days}</source>
        <translation>本阶段已 {days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="43" />
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="43" />
        <source>Rejected</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="44" />
        <source>Withdrawn</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/board/delegate.py" line="115" />
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="91" />
        <source>Your company</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="92" />
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="291" />
        <source>New hrdesk database</source>
        <translation>新建 hrdesk 数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="292" />
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="60" />
        <source>Where to keep the database</source>
        <translation>数据库存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="61" />
        <source>One encrypted file holds all recruitment data of this office.</source>
        <translation>本办公室的全部招聘数据保存在一个加密文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="63" />
        <source>Choose a folder that is included in your backups. The file is encrypted: without a user's password or the recovery code nobody can read it.</source>
        <translation>请选择一个纳入日常备份的文件夹。该文件经过加密：没有用户密码或恢复码，任何人都无法读取。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="65" />
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="66" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="73" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="74" />
        <source>hrdesk database (*.hrdesk *.db);;All files (*)</source>
        <translation>hrdesk 数据库 (*.hrdesk *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="121" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="123" />
        <source>Signed in as {name}. Enter the password to continue.</source>
        <translation>当前登录用户：{name}。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="125" />
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
        <location filename="../../ui/login_dialog.py" line="117" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="118" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="119" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="120" />
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="140" />
        <source>This is a demo database; every account's password is %1. Click an account to use it.</source>
        <translation>这是演示数据库，所有账号的密码均为 %1。点击一个账号即可填入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="143" />
        <source>This is a demo database. Click an account to use it.</source>
        <translation>这是演示数据库。点击一个账号即可填入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="169" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>{company} – hrdesk</source>
        <translation>{company} – hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;About hrdesk</source>
        <translation>关于 hrdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Site: {site}</source>
        <translation>地点：{site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>all sites</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Database: {label}</source>
        <translation>数据库：{label}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <extracomment>The translation context the core's error templates live in (the CLI reads it too).</extracomment>
        <translation>发生了意外错误，详细信息已写入日志。</translation>
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
        <location filename="../../ui/postgres_form.py" line="91" />
        <source>e.g. hr-server or 192.168.1.20</source>
        <translation>例如 hr-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="93" />
        <source>Off (unencrypted)</source>
        <translation>关闭（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="94" />
        <source>Use if the server offers it</source>
        <translation>服务器支持时使用</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="95" />
        <source>Required</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="96" />
        <source>Required, verify the server certificate</source>
        <translation>必须加密，并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="100" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="101" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="119" />
        <source>Enter the server name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="121" />
        <source>Enter the database name and the user.</source>
        <translation>请输入数据库名称和用户。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="148" />
        <source>Connected: the server answers and accepts the login.</source>
        <translation>连接成功：服务器响应正常并接受登录。</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="156" />
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/postgres_form.py" line="157" />
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="249" />
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="250" />
        <source>Shown only this once.</source>
        <translation>仅显示这一次。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="252" />
        <source>If every administrator forgets the password, this code is the only way to open the database again. Write it down or print it, and keep it locked away, apart from this computer.</source>
        <translation>如果所有管理员都忘记了密码，只有凭此恢复码才能重新打开数据库。请抄写或打印下来，与这台电脑分开，锁好保管。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="255" />
        <source>I have written it down / printed it</source>
        <translation>我已抄写／打印恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="256" />
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
    <name>Roles</name>
    <message>
        <location filename="../../ui/roles.py" line="12" />
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="13" />
        <source>Hiring manager</source>
        <translation>用人部门负责人</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="14" />
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="15" />
        <source>Executive</source>
        <translation>决策层</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="16" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="22" />
        <source>, </source>
        <comment>separator between role names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SectionsWidget</name>
    <message>
        <location filename="../../ui/sections.py" line="76" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="76" />
        <source>Pipeline board</source>
        <translation>招聘看板</translation>
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
        <location filename="../../ui/settings_dialog.py" line="101" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102" />
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102" />
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103" />
        <source>&amp;Confirm new password:</source>
        <translation>确认新密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128" />
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146" />
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="131" />
        <source>Welcome to hrdesk</source>
        <translation>欢迎使用 hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="132" />
        <source>Which database should this computer use?</source>
        <translation>这台电脑使用哪个数据库？</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="134" />
        <source>hrdesk keeps all recruitment data in one encrypted database: a file on this computer, or a PostgreSQL server shared by several computers.</source>
        <translation>hrdesk 将全部招聘数据保存在一个加密数据库中：可以是这台电脑上的文件，也可以是多台电脑共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="136" />
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="138" />
        <source>An encrypted file on this computer, with you as its administrator.</source>
        <translation>在这台电脑上创建加密文件，由您担任管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="139" />
        <source>Open an existing database file</source>
        <translation>打开已有的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="141" />
        <source>A database created before, e.g. copied from another computer.</source>
        <translation>之前创建的数据库，例如从其他电脑复制过来的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="142" />
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="144" />
        <source>A PostgreSQL database shared by the HR office or the whole company.</source>
        <translation>人事部门或全公司共用的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="145" />
        <source>Try the demo</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="147" />
        <source>Sample jobs and candidates to explore; nothing real is stored.</source>
        <translation>用示例职位和候选人熟悉系统，不保存任何真实数据。</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="148" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="149" />
        <source>Connect to a PostgreSQL server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="150" />
        <source>&lt; Back</source>
        <translation>&lt; 返回</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="151" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="152" />
        <source>Preparing the demo database</source>
        <translation>正在准备演示数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="153" />
        <source>Creating sample jobs and candidates…</source>
        <translation>正在生成示例职位和候选人…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="154" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="192" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="193" />
        <source>hrdesk database (*.hrdesk *.db);;All files (*)</source>
        <translation>hrdesk 数据库 (*.hrdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="200" />
        <source>There is no hrdesk database in {path}.</source>
        <translation>{path} 中没有 hrdesk 数据库。</translation>
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
        <source>{name} is already on file (same {field}).</source>
        <translation>{name} 已在库中（{field}相同）。</translation>
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
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome_panel.py" line="51" />
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_panel.py" line="52" />
        <source>(no role yet)</source>
        <translation>（尚未分配角色）</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_panel.py" line="53" />
        <source>All sites</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_panel.py" line="54" />
        <source>Your roles:</source>
        <translation>您的角色：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_panel.py" line="54" />
        <source>Site:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_panel.py" line="57" />
        <source>This is a demo database with invented people. Try anything; nothing here is real.</source>
        <translation>这是演示数据库，其中的人员均为虚构。可随意尝试，这里没有任何真实数据。</translation>
    </message>
</context>
</TS>
