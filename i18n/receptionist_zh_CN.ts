<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutTab</name>
    <message>
        <source>How tiers and stars are computed</source>
        <translation>分级与星级的计算方法</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Days to the end</source>
        <translation>距期末天数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Value tiers and stars&lt;/h2&gt;&lt;p&gt;The data decides, not anyone&apos;s opinion: a customer&apos;s tier and stars for a period follow from the purchases recorded for that period, and nothing else.&lt;/p&gt;&lt;h3&gt;The period&lt;/h3&gt;&lt;p&gt;A calendar year (2026: 1 January to 31 December), or a quarter (2026-Q1 … 2026-Q4) when the site counts in quarters. A period&apos;s purchases are those dated from its first day to its last day.&lt;/p&gt;&lt;h3&gt;Who is ranked&lt;/h3&gt;&lt;p&gt;Revenue is the sum of the period&apos;s purchases, refunds included. Only customers whose revenue is above zero are ranked; the others have no tier for the period.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;价值分级与星级&lt;/h2&gt;&lt;p&gt;客观标准：由数据决定，而不是凭个人印象。客户在某一期间的等级和星级只取决于该期间记录的购买，别无其他。&lt;/p&gt;&lt;h3&gt;期间&lt;/h3&gt;&lt;p&gt;按自然年（2026：1 月 1 日至 12 月 31 日）计算；如果本站按季度计算，则为季度（2026-Q1 … 2026-Q4）。期间内的购买是指日期在该期间第一天到最后一天（含）之间的购买。&lt;/p&gt;&lt;h3&gt;哪些客户参与排名&lt;/h3&gt;&lt;p&gt;销售额是期间内所有购买之和（含退款）。只有销售额大于零的客户参与排名；其他客户在该期间没有等级。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The tier&lt;/h3&gt;&lt;p&gt;Customers are ordered by revenue, highest first; equal revenue shares the better rank (1, 2, 2, 4). With N ranked customers and the site&apos;s shares (default 1 % / 4 % / 15 % / 80 %): &lt;b&gt;platinum&lt;/b&gt; if the rank is at most ⌈1 % of N⌉, &lt;b&gt;gold&lt;/b&gt; if at most ⌈5 % of N⌉, &lt;b&gt;iron&lt;/b&gt; if at most ⌈20 % of N⌉, else &lt;b&gt;lead&lt;/b&gt;. With 100 customers that is ranks 1 / 2–5 / 6–20 / 21–100; with one customer, that customer is platinum. A tie across a cut-off puts everyone in it in the better tier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;等级&lt;/h3&gt;&lt;p&gt;客户按销售额从高到低排序；销售额相同的并列较好的名次（1、2、2、4）。设参与排名的客户共 N 位，按本站设置的比例（默认 1 % / 4 % / 15 % / 80 %）：名次不超过 ⌈N 的 1 %⌉ 为&lt;b&gt;白金客户&lt;/b&gt;，不超过 ⌈N 的 5 %⌉ 为&lt;b&gt;黄金客户&lt;/b&gt;，不超过 ⌈N 的 20 %⌉ 为&lt;b&gt;铁客户&lt;/b&gt;，其余为&lt;b&gt;铅客户&lt;/b&gt;。例如 100 位客户时，名次 1 / 2–5 / 6–20 / 21–100；只有一位客户时，他就是白金客户。并列跨过分界线时，并列的所有人都归入较好的等级。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The stars (1–5)&lt;/h3&gt;&lt;p&gt;Three measures of the period are each scored 1–5 among the N ranked customers: &lt;b&gt;R&lt;/b&gt;, recency (days from the last purchase to the period&apos;s end, fewer is better), &lt;b&gt;F&lt;/b&gt;, frequency (the number of purchases), and &lt;b&gt;M&lt;/b&gt;, monetary (the revenue). On each measure a customer&apos;s place r is their rank (ties share the better one) and the score is 5 − ⌊5 · (r − 1) / N⌋: 5 for the best fifth, 1 for the last fifth. The stars are the mean of R, F and M rounded half up.&lt;/p&gt;&lt;h3&gt;A worked example&lt;/h3&gt;&lt;p&gt;Five customers in 2026. N = 5, so only rank 1 is platinum and everyone else is lead.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;星级（1–5 星）&lt;/h3&gt;&lt;p&gt;期间内的三项指标各在 N 位参与排名的客户中评 1–5 分：&lt;b&gt;R&lt;/b&gt; 近度（最近一次购买距期末的天数，越少越好），&lt;b&gt;F&lt;/b&gt; 频度（购买次数），&lt;b&gt;M&lt;/b&gt; 金额（销售额）。每项指标上客户的名次为 r（并列取较好的名次），得分为 5 − ⌊5 · (r − 1) / N⌋：前五分之一得 5 分，最后五分之一得 1 分。星级为 R、F、M 三项的平均值，四舍五入。&lt;/p&gt;&lt;h3&gt;计算示例&lt;/h3&gt;&lt;p&gt;2026 年有五位客户。N = 5，所以只有第 1 名是白金客户，其余都是铅客户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;B and C tie at rank 2 on revenue, so both score M = 5 − ⌊5·1/5⌋ = 4. B: (2 + 3 + 4) / 3 = 3 stars; C: (3 + 4 + 4) / 3 = 3.67, rounded to 4; E: 4 / 3 = 1.33, rounded to 1.&lt;/p&gt;&lt;h3&gt;Runs, movements and suggestions&lt;/h3&gt;&lt;p&gt;Every recompute is kept; the latest of a period is its result in force, and older ones can be re-opened. Movements compare two periods&apos; results: up, down, dropped out (a tier before, none after) and new. Platinum or gold customers who are not VIP are suggested as VIP; a VIP at lead or without a tier is suggested for review; a prospect who has bought is suggested as existing. Staff confirm each suggestion; nothing changes by itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;B 和 C 销售额并列第 2 名，所以 M 都是 5 − ⌊5·1/5⌋ = 4。B：(2 + 3 + 4) / 3 = 3 星；C：(3 + 4 + 4) / 3 = 3.67，四舍五入为 4 星；E：4 / 3 = 1.33，四舍五入为 1 星。&lt;/p&gt;&lt;h3&gt;计算记录、等级变动与建议&lt;/h3&gt;&lt;p&gt;每次重新计算都会保留；同一期间最新的一次为现行结果，以前的结果可以重新打开查看（每年的调整目录）。等级变动比较两个期间的现行结果：升级、降级、退出分级（之前有等级，之后没有）和新进。白金或黄金客户如果还不是 VIP，会建议设为 VIP；处于铅客户或没有等级的 VIP 会建议复核；已有购买的潜在客户会建议改为老客户。每条建议都由员工确认，系统不会自行更改。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The last action could not be completed and nothing was saved by it. Try again; if it happens again, send the log file to your administrator: {path}</source>
        <translation>刚才的操作未能完成，也没有保存任何内容。请重试；如果再次出现，请把日志文件发给管理员：{path}</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>The database could not be opened: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <source>This computer is set to use {location} (Settings → Database). To use another database, start the app with --db PATH_OR_URL, then change the setting.</source>
        <translation>本机在“设置 → 数据库”中设为使用 {location}。如需改用其他数据库，请加上 --db 文件路径或服务器地址启动程序，再修改这项设置。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The last action could not be completed</source>
        <translation>刚才的操作未能完成</translation>
    </message>
    <message>
        <source>The database could not be opened: {reason} Check the path given with --db or RECEPTIONIST_DB, and that the folder is writable.</source>
        <translation>无法打开数据库：{reason} 请检查 --db 或 RECEPTIONIST_DB 指定的路径，以及该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>ArchiveFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Purchase reference</source>
        <translation>单号</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Category changed</source>
        <translation>分类已更改</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>已记录授权同意</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>客户资料已修改</translation>
    </message>
    <message>
        <source>Customer registered</source>
        <translation>客户已登记</translation>
    </message>
    <message>
        <source>Kiosk check-out paused</source>
        <translation>自助机签退已暂停</translation>
    </message>
    <message>
        <source>Kiosk check-out refused</source>
        <translation>自助机签退被拒绝</translation>
    </message>
    <message>
        <source>Kiosk closed by staff</source>
        <translation>员工关闭了自助机</translation>
    </message>
    <message>
        <source>Wrong kiosk PIN</source>
        <translation>自助机 PIN 输入错误</translation>
    </message>
    <message>
        <source>Notification seen</source>
        <translation>通知已读</translation>
    </message>
    <message>
        <source>Kiosk settings saved</source>
        <translation>自助机设置已保存</translation>
    </message>
    <message>
        <source>Site logo changed</source>
        <translation>站点标志已更换</translation>
    </message>
    <message>
        <source>Site settings saved</source>
        <translation>站点设置已保存</translation>
    </message>
    <message>
        <source>Site set up</source>
        <translation>站点已初始化</translation>
    </message>
    <message>
        <source>Backup settings saved</source>
        <translation>备份设置已保存</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已恢复备份</translation>
    </message>
    <message>
        <source>Staff member activated or deactivated</source>
        <translation>员工已启用或停用</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>已添加员工</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>已创建首位管理员</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Password or PIN set</source>
        <translation>已设置密码或 PIN</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>当前登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Station added</source>
        <translation>已添加工作站</translation>
    </message>
    <message>
        <source>Station PIN set</source>
        <translation>已设置工作站 PIN</translation>
    </message>
    <message>
        <source>Station changed</source>
        <translation>工作站已修改</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>来访已取消</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>Visit moved to another customer</source>
        <translation>来访已改到另一位客户名下</translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>已录入反馈</translation>
    </message>
    <message>
        <source>Marked as no-show</source>
        <translation>已标记为未到访</translation>
    </message>
    <message>
        <source>Visit planned</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Playbook step ticked</source>
        <translation>已勾选接待策略步骤</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>已打印单据</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <source>Check-out undone</source>
        <translation>已撤销签退</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>已导出客户</translation>
    </message>
    <message>
        <source>Visit log exported</source>
        <translation>已导出接待记录</translation>
    </message>
    <message>
        <source>Complaints exported</source>
        <translation>已导出投诉</translation>
    </message>
    <message>
        <source>Follow-up tasks exported</source>
        <translation>已导出跟进任务</translation>
    </message>
    <message>
        <source>Lost-customer reviews exported</source>
        <translation>已导出流失客户分析</translation>
    </message>
    <message>
        <source>Tiers exported</source>
        <translation>已导出客户分级</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>已导出审计记录</translation>
    </message>
    <message>
        <source>Dashboard exported</source>
        <translation>经营看板已导出</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>{record} {id}</source>
        <translation>{record} {id}</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>System or kiosk</source>
        <translation>系统或自助机</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit-trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checking every entry of the audit trail…</source>
        <translation>正在逐条核对审计记录…</translation>
    </message>
    <message>
        <source>The audit trail could not be checked; try again in a moment.</source>
        <translation>审计记录暂时无法核对，请稍后再试。</translation>
    </message>
    <message>
        <source>The audit trail is intact: all {count} entries check out.</source>
        <translation>审计记录完整：全部 {count} 条均核对无误。</translation>
    </message>
    <message>
        <source>The audit trail was changed behind the app&apos;s back: entry {id} no longer matches what was written. Keep the database as it is and tell your administrator.</source>
        <translation>审计记录曾在本软件之外被改动：第 {id} 条与写入时的内容不符。请保持数据库原样，并告知管理员。</translation>
    </message>
    <message>
        <source>The audit trail was changed behind the app&apos;s back: entry {id} does not follow the entry before it. Keep the database as it is and tell your administrator.</source>
        <translation>审计记录曾在本软件之外被改动：第 {id} 条与前一条衔接不上。请保持数据库原样，并告知管理员。</translation>
    </message>
    <message>
        <source>The audit trail was changed behind the app&apos;s back: the entry before entry {id} was deleted. Keep the database as it is and tell your administrator.</source>
        <translation>审计记录曾在本软件之外被改动：第 {id} 条之前的一条已被删除。请保持数据库原样，并告知管理员。</translation>
    </message>
    <message>
        <source>No audit entries match these filters.</source>
        <translation>没有符合筛选条件的审计记录。</translation>
    </message>
    <message>
        <source>Entries 1–{loaded}</source>
        <translation>第 1–{loaded} 条</translation>
    </message>
    <message>
        <source>; scroll down for more</source>
        <translation>；向下滚动查看更多</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>核对记录链(&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry was changed or deleted behind the app&apos;s back</source>
        <translation>核对是否有记录在本软件之外被改动或删除</translation>
    </message>
    <message>
        <source>Entries from date</source>
        <translation>记录起始日期</translation>
    </message>
    <message>
        <source>Entries to date</source>
        <translation>记录截止日期</translation>
    </message>
    <message>
        <source>Filter by staff member</source>
        <translation>按员工筛选</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>Filter by kind of record</source>
        <translation>按记录类型筛选</translation>
    </message>
    <message>
        <source>Filter by record number</source>
        <translation>按记录编号筛选</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>显示的记录</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>核对记录链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the entries shown</source>
        <translation>导出当前显示的记录</translation>
    </message>
    <message>
        <source>Verdict of the chain check</source>
        <translation>记录链核对结果</translation>
    </message>
</context>
<context>
    <name>BackupsList</name>
    <message>
        <source>{when} (before a restore)</source>
        <translation>{when}（恢复前保留）</translation>
    </message>
    <message>
        <source>OK when made</source>
        <translation>备份时已校验</translation>
    </message>
    <message>
        <source>OK, checked just now</source>
        <translation>刚刚校验，完好</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Backed up and checked: {file} ({size}).</source>
        <translation>已备份并校验：{file}（{size}）。</translation>
    </message>
    <message>
        <source>Older backups removed by rotation: {count}.</source>
        <translation>按保留规则删除的较早备份：{count} 个。</translation>
    </message>
    <message>
        <source>The backup is sound and can be restored.</source>
        <translation>该备份完好，可以恢复。</translation>
    </message>
    <message>
        <source>That did not work; the log file says why. Try again in a moment.</source>
        <translation>操作未成功，原因见日志文件。请稍后再试。</translation>
    </message>
    <message>
        <source>Put back the backup of {when}? Everything entered since then is replaced. The current database is kept as a before-restore copy in the backups folder, and the desk starts again on the restored database.</source>
        <translation>要恢复 {when} 的备份吗？此后录入的所有内容都会被替换。当前数据库会作为恢复前副本保存在备份文件夹中，前台随后会用恢复的数据库重新启动。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>校验(&amp;H)</translation>
    </message>
    <message>
        <source>Check the selected backup</source>
        <translation>校验所选备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Result of the last backup action</source>
        <translation>上一次备份操作的结果</translation>
    </message>
</context>
<context>
    <name>BackupsSettingsPage</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The two passphrases differ; type it again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Each backup is a checked copy of this computer&apos;s database file. A copy is also made before every upgrade of the database and before every restore.</source>
        <translation>每个备份都是本机数据库文件经过校验的副本。每次升级数据库和每次恢复之前也会自动备份一次。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Back up automatically while the desk runs</source>
        <translation>前台运行时自动备份</translation>
    </message>
    <message>
        <source>&amp;Interval (days)</source>
        <translation>间隔天数(&amp;I)</translation>
    </message>
    <message>
        <source>Days between automatic backups</source>
        <translation>两次自动备份间隔的天数</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Empty: the backups folder next to the database</source>
        <translation>留空：使用数据库旁边的 backups 文件夹</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>daily,</source>
        <translation>个每日备份，</translation>
    </message>
    <message>
        <source>weekly,</source>
        <translation>个每周备份，</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>个每月备份</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>保留的每周备份数</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>保留的每月备份数</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase</source>
        <translation>用口令加密备份</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>再次输入(&amp;E)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>再次输入备份口令</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>留空则沿用当前口令</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in: set RECEPTIONIST_BACKUP_PASSPHRASE for the desk instead.</source>
        <translation>本机没有可保存口令的系统密钥环：请改为给前台设置环境变量 RECEPTIONIST_BACKUP_PASSPHRASE。</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring, never in the database. Without it an encrypted backup cannot be restored: write it down somewhere safe.</source>
        <translation>口令保存在本机的系统密钥环中，绝不存入数据库。没有它，加密的备份就无法恢复：请把它记下并妥善保管。</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Registered</source>
        <translation>登记时设定</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>更改客户类别</translation>
    </message>
    <message>
        <source>Current category</source>
        <translation>当前类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New &amp;category</source>
        <translation>新类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Why the category changes (required)</source>
        <translation>为什么更改类别（必填）</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更历史(&amp;H)</translation>
    </message>
    <message>
        <source>Category history</source>
        <translation>类别变更历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeCom (企业微信) group robot</source>
        <translation>企业微信群机器人</translation>
    </message>
    <message>
        <source>DingTalk (钉钉) robot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>Feishu (飞书) bot</source>
        <translation>飞书机器人</translation>
    </message>
    <message>
        <source>Other tool: a JSON webhook</source>
        <translation>其他工具：JSON Webhook</translation>
    </message>
    <message>
        <source>Sent through the mail server set on the Messages page.</source>
        <translation>通过“消息”设置页上的邮件服务器发送。</translation>
    </message>
    <message>
        <source>WeCom group → Group robots (群机器人) → Add: copy its Webhook address.</source>
        <translation>企业微信群 → 群机器人 → 添加：复制其 Webhook 地址。</translation>
    </message>
    <message>
        <source>DingTalk group → Robots → Custom, Signing (加签): copy its Webhook and SEC… secret.</source>
        <translation>钉钉群 → 机器人 → 自定义，安全设置选“加签”：复制 Webhook 和 SEC… 密钥。</translation>
    </message>
    <message>
        <source>Feishu group → Bots → Custom bot: copy its webhook; signing is optional.</source>
        <translation>飞书群 → 群机器人 → 自定义机器人：复制 Webhook 地址；签名校验可选。</translation>
    </message>
    <message>
        <source>Any tool taking a JSON POST; a secret signs each (X-Receptionist-Signature).</source>
        <translation>任何接受 JSON POST 的工具；填写密钥则为每个请求签名（X-Receptionist-Signature）。</translation>
    </message>
    <message>
        <source>Channels of {name}</source>
        <translation>{name}的通知渠道</translation>
    </message>
    <message>
        <source>How {name} is told when a visitor arrives for them, and about their tasks. Empty a field to stop using that channel.</source>
        <translation>访客到达和有待办任务时，通过这些渠道通知{name}。清空某一栏即停用该渠道。</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Webhook &amp;URL</source>
        <translation>Webhook 地址(&amp;U)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>{channel}: address</source>
        <translation>{channel}：地址</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>{channel}: send a test with the address as typed</source>
        <translation>{channel}：用当前填写的地址发送测试</translation>
    </message>
    <message>
        <source>Signing &amp;secret</source>
        <translation>签名密钥(&amp;S)</translation>
    </message>
    <message>
        <source>saved; blank keeps it, or type a new one</source>
        <translation>已保存；留空则保留，或输入新的密钥</translation>
    </message>
    <message>
        <source>SEC…, from the robot&apos;s Signing (加签) setting</source>
        <translation>SEC…，来自机器人的“加签”设置</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>{channel}: signing secret</source>
        <translation>{channel}：签名密钥</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{channel}: remove the saved signing secret</source>
        <translation>{channel}：删除已保存的签名密钥</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save these channels</source>
        <translation>保存这些渠道</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show {chart} as a table</source>
        <translation>以表格显示：{chart}</translation>
    </message>
    <message>
        <source>Switch between the chart and a table of its numbers</source>
        <translation>在图表和数据表格之间切换</translation>
    </message>
    <message>
        <source>{chart}: table</source>
        <translation>{chart}：表格</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>更改类别…</translation>
    </message>
    <message>
        <source>Change the customer&apos;s category</source>
        <translation>更改客户类别</translation>
    </message>
    <message>
        <source>Change category with a reason (Ctrl+K)</source>
        <translation>填写原因并更改客户类别（Ctrl+K）</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full phone number</source>
        <translation>显示完整电话号码</translation>
    </message>
    <message>
        <source>Show this customer&apos;s full phone number (the view is recorded)</source>
        <translation>显示该客户的完整电话号码（查看会被记录）</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>预约来访…</translation>
    </message>
    <message>
        <source>Plan a visit for this customer</source>
        <translation>为该客户预约来访</translation>
    </message>
    <message>
        <source>Expect this customer on a later day or time; they get an invitation code</source>
        <translation>预约该客户稍后某天或某时来访，客户将获得邀请码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>{hint} (Alt+{number})</source>
        <translation>{hint}（Alt+{number}）</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>接待流程</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reception flow</source>
        <translation>接待流程</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Optional, for the host</source>
        <translation>选填，供接待人参考</translation>
    </message>
    <message>
        <source>Check in  (Enter)</source>
        <translation>签到  (Enter)</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>接待策略</translation>
    </message>
    <message>
        <source>Playbook steps for this visit</source>
        <translation>本次来访的接待策略步骤</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; register the visitor as a new customer.</source>
        <translation>该客户的个人信息已删除；请将来访者登记为新客户。</translation>
    </message>
    <message>
        <source>Already on site: check them out on the board first.</source>
        <translation>已在场：请先在看板上为其签退。</translation>
    </message>
    <message>
        <source>No {visitor} chosen</source>
        <translation>未选择{visitor}</translation>
    </message>
    <message>
        <source>Search on the left and press Enter, or register a new customer (Ctrl+N).</source>
        <translation>在左侧搜索并按 Enter，或登记新客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Erased customer {number}</source>
        <translation>已删除的客户 {number}</translation>
    </message>
    <message>
        <source>Visits: {count} · last: {day}</source>
        <translation>来访：{count} 次 · 最近：{day}</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次来访</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>正在场内</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>suggested: {flow}</source>
        <translation>建议：{flow}</translation>
    </message>
    <message>
        <source>Choose why they came: Alt+1 … Alt+4</source>
        <translation>选择来访目的：Alt+1 … Alt+4</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit (Alt+1 … Alt+4).</source>
        <translation>请选择来访目的（Alt+1 … Alt+4）。</translation>
    </message>
</context>
<context>
    <name>CheckOut</name>
    <message>
        <source>Checked out {name} — {code}</source>
        <translation>已签退：{name} — {code}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or the GB18030 that Excel saves in Chinese) or an Excel .xlsx file whose first row names the columns. Purchases need the columns customer_ref, name, phone, date and amount (or columns you map to them).</source>
        <translation>CSV 文件（UTF-8，或中文 Excel 保存的 GB18030 编码）或 Excel .xlsx 文件，第一行为列名。购买记录需要 customer_ref（客户编号）、name（姓名）、phone（电话）、date（日期）和 amount（金额）这几列（或对应到这些字段的列）。</translation>
    </message>
</context>
<context>
    <name>ClaimBar</name>
    <message>
        <source>Confirm match</source>
        <translation>确认是老客户</translation>
    </message>
    <message>
        <source>Not them</source>
        <translation>不是本人</translation>
    </message>
    <message>
        <source>Confirm the match: the visit becomes the stored customer&apos;s</source>
        <translation>确认匹配：本次来访归入该老客户名下</translation>
    </message>
    <message>
        <source>Reject the match: register this person as a new customer</source>
        <translation>否认匹配：将此人登记为新客户</translation>
    </message>
    <message>
        <source>Possible returning customer — confirm: {visitor} gave the phone number of {customer}.</source>
        <translation>疑似老客户，请确认：{visitor} 填写的是 {customer} 的手机号。</translation>
    </message>
    <message>
        <source>{code}: confirmed as {customer}.</source>
        <translation>{code}：已确认为 {customer}。</translation>
    </message>
    <message>
        <source>{code}: {visitor} is registered as a new customer.</source>
        <translation>{code}：{visitor} 已登记为新客户。</translation>
    </message>
</context>
<context>
    <name>ClosingBanner</name>
    <message>
        <source>Review…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>List the guests still on site after closing time</source>
        <translation>列出下班时间后仍在场的宾客</translation>
    </message>
    <message>
        <source>List the visitors still on site after closing time</source>
        <translation>列出下班时间后仍在场的访客</translation>
    </message>
    <message>
        <source>Closing time ({time}) has passed; still checked in: {count}.</source>
        <translation>已过下班时间（{time}），仍未签退：{count} 人。</translation>
    </message>
    <message>
        <source>Still checked in from an earlier day: {count}.</source>
        <translation>之前某天签到、至今未签退：{count} 人。</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Closing time: still on site</source>
        <translation>下班时间：仍有人在场</translation>
    </message>
    <message>
        <source>It is past closing time ({time}) and these guests are still checked in. Check out those who have left; nobody is checked out unless you click.</source>
        <translation>已过下班时间（{time}），以下宾客仍处于签到状态。请为已离开的宾客签退；除非您点击，否则不会自动签退任何人。</translation>
    </message>
    <message>
        <source>It is past closing time ({time}) and these visitors are still checked in. Check out those who have left; nobody is checked out unless you click.</source>
        <translation>已过下班时间（{time}），以下访客仍处于签到状态。请为已离开的访客签退；除非您点击，否则不会自动签退任何人。</translation>
    </message>
    <message>
        <source>Still on site from an earlier day</source>
        <translation>之前某天签到、至今仍在场的人员</translation>
    </message>
    <message>
        <source>These guests were checked in on an earlier day and are still checked in. Check out those who have left; nobody is checked out unless you click.</source>
        <translation>以下宾客是之前某天签到的，至今仍处于签到状态。请为已离开的宾客签退；除非您点击，否则不会自动签退任何人。</translation>
    </message>
    <message>
        <source>These visitors were checked in on an earlier day and are still checked in. Check out those who have left; nobody is checked out unless you click.</source>
        <translation>以下访客是之前某天签到的，至今仍处于签到状态。请为已离开的访客签退；除非您点击，否则不会自动签退任何人。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Visitors still on site</source>
        <translation>仍在场的访客</translation>
    </message>
    <message>
        <source>Guests still on site</source>
        <translation>仍在场的宾客</translation>
    </message>
    <message>
        <source>Check out selected</source>
        <translation>签退所选</translation>
    </message>
    <message>
        <source>Check out the selected guests</source>
        <translation>为所选宾客签退</translation>
    </message>
    <message>
        <source>Check out the selected visitors</source>
        <translation>为所选访客签退</translation>
    </message>
    <message>
        <source>Check out all listed</source>
        <translation>全部签退</translation>
    </message>
    <message>
        <source>Check out every listed guest</source>
        <translation>为列表中的所有宾客签退</translation>
    </message>
    <message>
        <source>Check out every listed visitor</source>
        <translation>为列表中的所有访客签退</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Close this list and decide later</source>
        <translation>关闭列表，稍后处理</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Check out the selected guests ({count})?</source>
        <translation>为所选的 {count} 位宾客签退？</translation>
    </message>
    <message>
        <source>Check out the selected visitors ({count})?</source>
        <translation>为所选的 {count} 位访客签退？</translation>
    </message>
    <message>
        <source>Check out all listed guests ({count})?</source>
        <translation>为列表中的全部 {count} 位宾客签退？</translation>
    </message>
    <message>
        <source>Check out all listed visitors ({count})?</source>
        <translation>为列表中的全部 {count} 位访客签退？</translation>
    </message>
    <message>
        <source>Checked out {count}.</source>
        <translation>已签退 {count} 人。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Closed: the customer says it is resolved</source>
        <translation>已结案：客户确认问题已解决</translation>
    </message>
    <message>
        <source>Open — overdue</source>
        <translation>处理中——已超时</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Reopen a step</source>
        <translation>重新打开某一步</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Step to reopen</source>
        <translation>要重新打开的步骤</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>重新打开此步</translation>
    </message>
    <message>
        <source>Reopen the step</source>
        <translation>重新打开该步骤</translation>
    </message>
    <message>
        <source>Change handler</source>
        <translation>更换处理人</translation>
    </message>
    <message>
        <source>New handler</source>
        <translation>新的处理人</translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>投诉主题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>ComplaintListWindow</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Export the complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the complaints shown</source>
        <translation>导出当前显示的投诉</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Open a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Tag {customer} as “{category}” while the complaint is open?</source>
        <translation>投诉处理期间，是否将{customer}标记为“{category}”？</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>已登记投诉</translation>
    </message>
    <message>
        <source>{customer} has no open complaint left. Give back “{category}”?</source>
        <translation>{customer}已没有未结的投诉。是否恢复为“{category}”？</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>投诉已结案</translation>
    </message>
    <message>
        <source>Customer category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>前台当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>Feedback card</source>
        <translation>反馈意见卡</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>耐心倾听</translation>
    </message>
    <message>
        <source>Empathise and confirm</source>
        <translation>表示理解并确认问题</translation>
    </message>
    <message>
        <source>Propose a solution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <source>Carry it out</source>
        <translation>落实解决方案</translation>
    </message>
    <message>
        <source>Call back and confirm</source>
        <translation>回访确认</translation>
    </message>
</context>
<context>
    <name>ComplaintsSettingsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>How soon a complaint must be acknowledged (step 1, listen) and resolved (the customer confirms on the call-back). Complaints opened from now on get these deadlines.</source>
        <translation>投诉须在多长时间内受理（第 1 步：倾听）和解决（回访时客户确认）。此后登记的投诉按新期限计算。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>受理时限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>{severity}: hours to acknowledge</source>
        <translation>{severity}：受理时限（小时）</translation>
    </message>
    <message>
        <source>{severity}: time to resolve</source>
        <translation>{severity}：解决时限</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>{severity}: hours or days</source>
        <translation>{severity}：按小时或按天</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Opened: {opened}   Closed: {closed}   Overdue now: {overdue}   Closed with a confirmed resolution: {share}   Call-backs: {calls} ({resolved} said resolved)</source>
        <translation>新增：{opened}   结案：{closed}   目前超期：{overdue}   确认解决后结案：{share}   回访：{calls}（其中 {resolved} 次表示已解决）</translation>
    </message>
    <message>
        <source>No complaints in this period</source>
        <translation>本期间没有投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Mean time per step (hours)</source>
        <translation>各步骤平均用时（小时）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No step done in this period</source>
        <translation>本期间没有完成的步骤</translation>
    </message>
</context>
<context>
    <name>CustomerArchive</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation>公司成立日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <source>after-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>timely information</source>
        <translation>及时的信息</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Consumers value {list}.</source>
        <translation>消费者看重{list}。</translation>
    </message>
    <message>
        <source>Business customers value {list}.</source>
        <translation>商业客户看重{list}。</translation>
    </message>
    <message>
        <source>Internal customers value {list}.</source>
        <translation>企业内部客户看重{list}。</translation>
    </message>
    <message>
        <source>{what} today</source>
        <translation>今天是{what}</translation>
    </message>
    <message>
        <source>{what} tomorrow</source>
        <translation>明天是{what}</translation>
    </message>
    <message>
        <source>{what} in {days} days</source>
        <translation>{days} 天后是{what}</translation>
    </message>
    <message>
        <source>Open complaint, overdue: {subject}</source>
        <translation>未结投诉（已超时）：{subject}</translation>
    </message>
    <message>
        <source>Open complaint: {subject}</source>
        <translation>未结投诉：{subject}</translation>
    </message>
    <message>
        <source>AM: {name}</source>
        <translation>客户经理：{name}</translation>
    </message>
</context>
<context>
    <name>CustomerHitModel</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <source>Last visit: {day}</source>
        <translation>最近来访：{day}</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>正在场内</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Open customer page (Ctrl+I)</source>
        <translation>打开客户档案 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Customer page sections</source>
        <translation>客户档案的各部分</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>保存  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the customer&apos;s details</source>
        <translation>保存客户资料</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>关闭  (Esc)</translation>
    </message>
    <message>
        <source>Close the customer page</source>
        <translation>关闭客户档案</translation>
    </message>
    <message>
        <source>Erased customer {number}</source>
        <translation>已删除个人信息的客户 {number}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>客户档案 — {name}</translation>
    </message>
    <message>
        <source>Value tier of {period}</source>
        <translation>{period} 的价值等级</translation>
    </message>
    <message>
        <source>Another station saved: {value}</source>
        <translation>另一台工作站已保存：{value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Close the customer page without saving your changes?</source>
        <translation>不保存修改就关闭客户档案吗？</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>专业程度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>办理速度</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新进入</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周（起始日）</translation>
    </message>
    <message>
        <source>Last year (all)</source>
        <translation>去年同期（合计）</translation>
    </message>
    <message>
        <source>This year (all)</source>
        <translation>本期（合计）</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>中立者（7–8）</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Overall (1–5)</source>
        <translation>总体满意度（1–5）</translation>
    </message>
    <message>
        <source>Recommend score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>目前超期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>1 Listen</source>
        <translation>1 倾听</translation>
    </message>
    <message>
        <source>2 Empathise</source>
        <translation>2 共情确认</translation>
    </message>
    <message>
        <source>3 Propose</source>
        <translation>3 提出方案</translation>
    </message>
    <message>
        <source>4 Carry out</source>
        <translation>4 落实方案</translation>
    </message>
    <message>
        <source>5 Call back</source>
        <translation>5 回访确认</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>平均小时数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>本期间完成</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Visits</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>满意度趋势</translation>
    </message>
    <message>
        <source>Lowest rated</source>
        <translation>评分最低</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint steps</source>
        <translation>投诉处理步骤</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Tier moves</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>Tier matrix</source>
        <translation>等级变动明细</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>同比变化</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Recommend (0-10)</source>
        <translation>推荐意愿（0-10）</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>排名对象</translation>
    </message>
    <message>
        <source>Host or purpose</source>
        <translation>接待人或接待目的</translation>
    </message>
    <message>
        <source>Comment time</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Comment host</source>
        <translation>评价接待人</translation>
    </message>
    <message>
        <source>Comment purpose</source>
        <translation>评价的接待目的</translation>
    </message>
    <message>
        <source>Comment rating</source>
        <translation>评价评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed resolved</source>
        <translation>已关闭且已解决</translation>
    </message>
    <message>
        <source>Resolved share</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Call-backs resolved</source>
        <translation>回访确认解决</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>平均小时数</translation>
    </message>
    <message>
        <source>Tier period</source>
        <translation>等级周期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>From tier</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>天数内</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the dashboard to Excel or CSV</source>
        <translation>将经营看板导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出经营看板</translation>
    </message>
</context>
<context>
    <name>DashboardPrinting</name>
    <message>
        <source>Print / Save PDF…</source>
        <translation>打印 / 保存 PDF…</translation>
    </message>
    <message>
        <source>Print or save the dashboard as a PDF</source>
        <translation>打印经营看板或保存为 PDF</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Print on the default printer</source>
        <translation>用默认打印机打印</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>将经营看板保存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>无法在该位置保存 PDF，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>{reason} The report was saved to {path}.</source>
        <translation>{reason}报表已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>全部接待人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>前台/自助机</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>全部前台</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Follow-ups and conversion</source>
        <translation>跟进与转化</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>The figures could not be read. Try again in a moment.</source>
        <translation>无法读取数据，请稍后再试。</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>{start} – {end}, {by}</source>
        <translation>{start} – {end}，{by}</translation>
    </message>
</context>
<context>
    <name>DatabaseReport</name>
    <message>
        <source>The test could not be finished; the log file says why.</source>
        <translation>测试未能完成，原因见日志文件。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but this database holds another program&apos;s tables, so Receptionist will not use it; choose another database name.</source>
        <translation>已连接到 PostgreSQL {version}，但这个数据库里是其他程序的数据表，前台系统不会使用它；请换一个数据库名称。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but this database was written by a newer version of Receptionist (schema version {found}); update the app on this computer first.</source>
        <translation>已连接到 PostgreSQL {version}，但这个数据库由更新版本的前台系统写入（结构版本 {found}）；请先升级本机的程序。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: Receptionist creates its tables when it first starts with it.</source>
        <translation>已连接到 PostgreSQL {version}。数据库是空的：前台系统第一次用它启动时会自动建表。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}: a Receptionist database at schema version {found}, updated to version {latest} when the app starts with it.</source>
        <translation>已连接到 PostgreSQL {version}：这是前台系统的数据库，结构版本 {found}，程序用它启动时会升级到版本 {latest}。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}: a Receptionist database, schema version {found}.</source>
        <translation>已连接到 PostgreSQL {version}：这是前台系统的数据库，结构版本 {found}。</translation>
    </message>
    <message>
        <source>This file holds another program&apos;s tables, so Receptionist will not use it; choose another file.</source>
        <translation>这个文件里是其他程序的数据表，前台系统不会使用它；请换一个文件。</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Receptionist (schema version {found}); update the app on this computer first.</source>
        <translation>这个文件由更新版本的前台系统写入（结构版本 {found}）；请先升级本机的程序。</translation>
    </message>
    <message>
        <source>There is no file there yet: a new, empty database is created there when the app starts.</source>
        <translation>该位置还没有文件：程序启动时会在那里新建一个空数据库。</translation>
    </message>
    <message>
        <source>The file is an empty database: Receptionist creates its tables when it first starts with it.</source>
        <translation>这是一个空数据库文件：前台系统第一次用它启动时会自动建表。</translation>
    </message>
    <message>
        <source>A Receptionist database file at schema version {found}; a backup copy is made and it is updated to version {latest} when the app starts with it.</source>
        <translation>这是前台系统的数据库文件，结构版本 {found}；程序用它启动时会先备份，再升级到版本 {latest}。</translation>
    </message>
    <message>
        <source>A Receptionist database file, schema version {found}.</source>
        <translation>这是前台系统的数据库文件，结构版本 {found}。</translation>
    </message>
    <message>
        <source>Given with --db when the app was started; --db wins over this tab.</source>
        <translation>由启动时的 --db 参数指定；--db 优先于本页的设置。</translation>
    </message>
    <message>
        <source>Given by RECEPTIONIST_DB on this computer; it wins over this tab.</source>
        <translation>由本机的环境变量 RECEPTIONIST_DB 指定；它优先于本页的设置。</translation>
    </message>
    <message>
        <source>Saved in this tab.</source>
        <translation>来自本页保存的设置。</translation>
    </message>
    <message>
        <source>This computer&apos;s own database file (nothing is saved in this tab).</source>
        <translation>本机自带的数据库文件（本页尚未保存其他位置）。</translation>
    </message>
    <message>
        <source>From the next start this station uses {location}: restart the app to use it.</source>
        <translation>下次启动起，本工作站将使用 {location}：重新启动程序后生效。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3 *.db);;All (*)</source>
        <translation>数据库文件 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>From the next start (this computer)</source>
        <translation>下次启动起（仅本机）</translation>
    </message>
    <message>
        <source>This station uses now: {location}</source>
        <translation>本工作站当前使用：{location}</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>This computer (SQLite file)</source>
        <translation>本机（SQLite 文件）</translation>
    </message>
    <message>
        <source>A PostgreSQL server, shared by the site&apos;s stations</source>
        <translation>PostgreSQL 服务器（全场所工作站共用）</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Test the connection to this database</source>
        <translation>测试与该数据库的连接</translation>
    </message>
    <message>
        <source>Saved for this computer only and used from the next start; --db and RECEPTIONIST_DB, when given, win over it.</source>
        <translation>此设置只对本机有效，程序下次启动时生效；如果指定了 --db 或 RECEPTIONIST_DB，则以它们为准。</translation>
    </message>
</context>
<context>
    <name>DeliveryCheck</name>
    <message>
        <source>Not delivered: {reason}.</source>
        <translation>未送达：{reason}。</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <source>Delivered: check that the test message arrived.</source>
        <translation>已送达：请确认已收到测试消息。</translation>
    </message>
    <message>
        <source>Not delivered: something went wrong; the log file has the details.</source>
        <translation>未送达：出现了问题，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>the server could not be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password</source>
        <translation>邮件服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>服务器拒收了该消息</translation>
    </message>
    <message>
        <source>the service refused the message</source>
        <translation>该服务拒收了该消息</translation>
    </message>
    <message>
        <source>the service answered with an error</source>
        <translation>该服务返回了错误</translation>
    </message>
    <message>
        <source>this channel is not set up</source>
        <translation>此渠道尚未设置</translation>
    </message>
    <message>
        <source>it could not be sent in time</source>
        <translation>未能在有效期内发出</translation>
    </message>
    <message>
        <source>the visitor&apos;s data was erased</source>
        <translation>访客的资料已被清除</translation>
    </message>
</context>
<context>
    <name>DeskEvacuation</name>
    <message>
        <source>Evacuation list…</source>
        <translation>紧急疏散名单…</translation>
    </message>
    <message>
        <source>Print everyone on site now, by host, and open the roll call to tick them off</source>
        <translation>打印此刻在场的全部人员（按接待人分组），并打开点名窗口逐一勾选</translation>
    </message>
    <message>
        <source>Preparing the evacuation list…</source>
        <translation>正在生成紧急疏散名单…</translation>
    </message>
    <message>
        <source>The evacuation list could not be read; try again (Ctrl+Shift+E).</source>
        <translation>无法读取紧急疏散名单，请重试（Ctrl+Shift+E）。</translation>
    </message>
    <message>
        <source>The evacuation list ({count}) was sent to {printer}.</source>
        <translation>紧急疏散名单（{count}）已发送到 {printer}。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>本机未安装打印机。</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%n 位访客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>{visitors}, {people}</source>
        <translation>{visitors}，共 {people}</translation>
    </message>
    <message>
        <source>Save the evacuation list as a PDF</source>
        <translation>将紧急疏散名单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>{reason} The evacuation list was not saved.</source>
        <translation>{reason}紧急疏散名单未保存。</translation>
    </message>
    <message>
        <source>{reason} The evacuation list could not be saved to {file}; press Ctrl+Shift+E and choose another folder.</source>
        <translation>{reason}紧急疏散名单无法保存到 {file}，请按 Ctrl+Shift+E 并选择其他文件夹。</translation>
    </message>
    <message>
        <source>{reason} The evacuation list was saved to {file}.</source>
        <translation>{reason}紧急疏散名单已保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>Restore what you were typing</source>
        <translation>恢复您刚才输入的内容</translation>
    </message>
    <message>
        <source>Restore what you were typing before someone else signed in</source>
        <translation>恢复他人登录前您输入到一半的内容</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <source>visit slip</source>
        <translation>来访单</translation>
    </message>
    <message>
        <source>feedback card</source>
        <translation>反馈意见卡</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <source>Already printed at {time} by {name} — print again?</source>
        <translation>{name} 已于 {time} 打印过 — 要再打印一次吗？</translation>
    </message>
    <message>
        <source>Print the visit slip again</source>
        <translation>再次打印来访单</translation>
    </message>
    <message>
        <source>Print the feedback card again</source>
        <translation>再次打印反馈意见卡</translation>
    </message>
    <message>
        <source>The {document} could not be prepared; the visit itself is saved.</source>
        <translation>{document}无法生成；来访记录本身已保存。</translation>
    </message>
    <message>
        <source>No printer is chosen for the {document}.</source>
        <translation>未给{document}选择打印机。</translation>
    </message>
    <message>
        <source>The {document} of {code} was sent to {printer}.</source>
        <translation>{code} 的{document}已发送到 {printer}。</translation>
    </message>
    <message>
        <source>{reason} The PDF could not be saved either; check that the Documents folder is writable.</source>
        <translation>{reason}PDF 也无法保存；请检查“文档”文件夹是否可写。</translation>
    </message>
    <message>
        <source>{reason} The {document} was saved as {file}.</source>
        <translation>{reason}{document}已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>DeskToolbar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Browse past visits</source>
        <translation>查看以往来访</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>更改客户类别</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s category</source>
        <translation>更改所选客户的类别</translation>
    </message>
    <message>
        <source>Customer page</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Open the chosen customer&apos;s page: details, preferences, special dates</source>
        <translation>打开所选客户的档案：资料、喜好、纪念日</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Manage hosts and receptionists</source>
        <translation>管理接待人和前台接待员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, site name, hotel mode</source>
        <translation>语言、场所名称、酒店模式</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Who did what, and when; check that nobody rewrote it</source>
        <translation>谁在何时做了什么；并核对记录未被篡改</translation>
    </message>
    <message>
        <source>Complaints…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <source>Every complaint and its five steps; the overdue ones first</source>
        <translation>全部投诉及其处理五步；超时的排在前面</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>发件箱…</translation>
    </message>
    <message>
        <source>Messages to staff by e-mail and work chat: sent, waiting, given up</source>
        <translation>通过电子邮件和工作群发给员工的消息：已发送、等待发送、已放弃</translation>
    </message>
    <message>
        <source>Tiers…</source>
        <translation>客户分级…</translation>
    </message>
    <message>
        <source>Value tiers and stars per period: results, movements, suggestions</source>
        <translation>按期间的客户价值分级与星级：结果、变动、建议</translation>
    </message>
    <message>
        <source>Lost customers…</source>
        <translation>流失客户…</translation>
    </message>
    <message>
        <source>Customers drifting away: why they left, who wins them back, the report</source>
        <translation>正在流失的客户：流失原因、由谁挽回、分析报告</translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>经营看板…</translation>
    </message>
    <message>
        <source>Visits, satisfaction, complaints, tiers and follow-ups in charts</source>
        <translation>以图表查看接待量、满意度、投诉、客户等级和跟进</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>重复客户…</translation>
    </message>
    <message>
        <source>Find customers recorded twice and merge them</source>
        <translation>找出重复登记的客户并合并</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import customers or purchases from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入客户或购买记录</translation>
    </message>
    <message>
        <source>Export the customer archive to a CSV or Excel file</source>
        <translation>将客户档案导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Staff, the audit trail and the customer archive (duplicates, import, export)</source>
        <translation>员工、审计记录和客户档案（查重合并、导入、导出）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the desk: the next person signs in ({keys})</source>
        <translation>锁定前台，由下一位员工登录（{keys}）</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>当前登录</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>On site ({count})</source>
        <translation>当前在场（{count}）</translation>
    </message>
    <message>
        <source>Expected today ({count})</source>
        <translation>今日预约（{count}）</translation>
    </message>
    <message>
        <source>{site} — Receptionist</source>
        <translation>{site} — 前台接待</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of saved printouts</source>
        <translation>打开已保存打印件所在的文件夹</translation>
    </message>
    <message>
        <source>Printing status</source>
        <translation>打印状态</translation>
    </message>
    <message>
        <source>On site now and expected today</source>
        <translation>当前在场与今日预约</translation>
    </message>
    <message>
        <source>Planned visits of today not checked in yet (Ctrl+E)</source>
        <translation>今天尚未签到的预约来访（Ctrl+E）</translation>
    </message>
    <message>
        <source>Checked in {name} — {code}</source>
        <translation>已签到：{name} — {code}</translation>
    </message>
    <message>
        <source>Planned the visit of {name}: invitation {code}</source>
        <translation>已为 {name} 预约来访：邀请码 {code}</translation>
    </message>
    <message>
        <source>Pick a customer first.</source>
        <translation>请先选择一位客户。</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Special dates</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务/称谓</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind of customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Customer reference in other systems</source>
        <translation>客户在其他系统中的编号</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>同意接受联系</translation>
    </message>
    <message>
        <source>Preference tags</source>
        <translation>喜好标签</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>同意我们主动联系</translation>
    </message>
    <message>
        <source>e.g. trade fair, referral, website</source>
        <translation>例如：展会、转介绍、官网</translation>
    </message>
    <message>
        <source>Their number in the site&apos;s other systems</source>
        <translation>客户在本单位其他系统中的编号</translation>
    </message>
    <message>
        <source>e.g. green tea, no stairs (comma between)</source>
        <translation>例如：绿茶，不走楼梯（用逗号分隔）</translation>
    </message>
    <message>
        <source>e.g. Manager, Dr.</source>
        <translation>例如：经理、博士</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{name} ({company}) #{id}</source>
        <translation>{name}（{company}）#{id}</translation>
    </message>
    <message>
        <source>{name} #{id}</source>
        <translation>{name} #{id}</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <source>name sounds the same, similar phone</source>
        <translation>姓名读音相同，电话相近</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>The list could not be read; close this window and try again.</source>
        <translation>无法读取列表，请关闭此窗口后重试。</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same customer.</source>
        <translation>
            <numerusform>%n 组客户可能是同一人。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no visits or other records</source>
        <translation>没有来访或其他记录</translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})?

Moves to {keep}: {moved}.
The record #{other_id} is then deleted; search still finds {keep} by the name {other}. This cannot be undone.</source>
        <translation>将 {other}（#{other_id}）合并到 {keep}（#{keep_id}）？

转到 {keep} 名下：{moved}。
随后删除档案 #{other_id}；搜索“{other}”仍能找到 {keep}。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次来访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk arrival(s) waiting for a match</source>
        <translation>
            <numerusform>%n 条待确认的自助登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n 笔购买</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category change(s)</source>
        <translation>
            <numerusform>%n 次类别变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n special date(s)</source>
        <translation>
            <numerusform>%n 个纪念日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier result(s)</source>
        <translation>
            <numerusform>%n 条分级结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merge(s)</source>
        <translation>
            <numerusform>%n 次此前的合并</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Both customers had tier results for {periods}; recompute those periods so that the merged purchases count.</source>
        <translation>两位客户在 {periods} 都有分级结果；请重新计算这些周期，使合并后的购买记录计入。</translation>
    </message>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Customers that may be the same person:</source>
        <translation>可能是同一人的客户：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Other customer</source>
        <translation>另一位客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Duplicate candidates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>改为保留另一位</translation>
    </message>
    <message>
        <source>Keep the other customer instead</source>
        <translation>改为保留另一位客户</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge the two customers</source>
        <translation>合并这两位客户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Duplicates status</source>
        <translation>查找状态</translation>
    </message>
</context>
<context>
    <name>ErrorFields</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>title</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <source>category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>preference tags</source>
        <translation>喜好标签</translation>
    </message>
    <message>
        <source>special dates</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The acting staff member is unknown or inactive; choose who is at the desk.</source>
        <translation>当前操作的员工不存在或已停用，请重新选择在前台值班的员工。</translation>
    </message>
    <message>
        <source>This visitor has already been checked out.</source>
        <translation>该访客已经签退。</translation>
    </message>
    <message>
        <source>This visitor is already on site; check them out first.</source>
        <translation>该访客已在场，请先为其签退。</translation>
    </message>
    <message>
        <source>The customer already has this category.</source>
        <translation>该客户已经是这个类别。</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>找不到该客户。</translation>
    </message>
    <message>
        <source>Email address is not valid.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <source>The chosen host is unknown or inactive.</source>
        <translation>所选接待人不存在或已停用。</translation>
    </message>
    <message>
        <source>This visit is not on site, so it cannot be checked out.</source>
        <translation>该来访不在场，无法签退。</translation>
    </message>
    <message>
        <source>Party size must be a whole number.</source>
        <translation>来访人数必须是整数。</translation>
    </message>
    <message>
        <source>Phone number may contain only digits, spaces, &apos;-&apos;, &apos;(&apos;, &apos;)&apos; and a leading &apos;+&apos;.</source>
        <translation>电话号码只能包含数字、空格、“-”、“(”、“)”以及开头的“+”。</translation>
    </message>
    <message>
        <source>Phone number is not valid: check the digits and, for a landline, the area code.</source>
        <translation>电话号码无效：请检查号码，座机请检查区号。</translation>
    </message>
    <message>
        <source>Phone number is not a number that can be dialled.</source>
        <translation>该电话号码无法拨打。</translation>
    </message>
    <message>
        <source>Phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <source>Phone number has an unknown country code.</source>
        <translation>电话号码的国家代码无法识别。</translation>
    </message>
    <message>
        <source>A staff member with this name already exists.</source>
        <translation>已有同名员工。</translation>
    </message>
    <message>
        <source>This step is not part of the visit&apos;s playbook.</source>
        <translation>该步骤不属于本次来访的接待策略。</translation>
    </message>
    <message>
        <source>No visit has this code; check the code on the slip.</source>
        <translation>没有此编号的来访，请核对来访单上的编号。</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Name contains a control character; remove it and try again.</source>
        <translation>姓名含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Company contains a control character; remove it and try again.</source>
        <translation>公司名称含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Note contains a control character; remove it and try again.</source>
        <translation>备注含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Please give a reason for the change.</source>
        <translation>请填写变更原因。</translation>
    </message>
    <message>
        <source>A special date&apos;s year must be {lowest} or later; leave it empty if unknown.</source>
        <translation>纪念日的年份须在 {lowest} 年或以后；不知道就留空。</translation>
    </message>
    <message>
        <source>There is nothing to undo for this visit.</source>
        <translation>这次来访没有可以撤销的操作。</translation>
    </message>
    <message>
        <source>This visit has changed since, so it can no longer be undone.</source>
        <translation>这次来访之后已有变动，无法再撤销。</translation>
    </message>
    <message>
        <source>The two PINs differ, so nothing was changed; type the new PIN twice.</source>
        <translation>两次输入的密码不一致，未作任何更改；请将新密码输入两遍。</translation>
    </message>
    <message>
        <source>Another desk has already confirmed or rejected this match; the board shows the outcome.</source>
        <translation>另一个前台已确认或否认了这次匹配，请以在场看板上的结果为准。</translation>
    </message>
    <message>
        <source>The stored customer is already on site with another visit; check that visit out first, or reject the match.</source>
        <translation>该老客户已有另一条在场接待记录；请先为那次来访办理签退，或否认此次匹配。</translation>
    </message>
    <message>
        <source>We could not check out with this code. Type the whole code from your slip, or see the front desk.</source>
        <translation>无法用此编号签退。请输入来访单上的完整编号，或到前台办理。</translation>
    </message>
    <message>
        <source>Check-out here is paused for now. Please see the front desk.</source>
        <translation>此处暂停签退，请到前台办理。</translation>
    </message>
    <message>
        <source>This station name belongs to a station of the other kind (a desk, not a kiosk, or the other way round); start this one with a name of its own (--station NAME).</source>
        <translation>这个名称已被另一类工作站使用（前台与自助机不能同名共用）；请用另一个名称启动本工作站（--station 名称）。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved; free some space on it (or ask your administrator), then try again.</source>
        <translation>数据库所在的磁盘已满，本次未保存任何内容；请清理出一些空间（或联系管理员），然后重试。</translation>
    </message>
    <message>
        <source>Another desk, kiosk or program is writing to the database right now, so nothing was saved; try again in a moment.</source>
        <translation>另一个前台、自助机或程序正在写入数据库，本次未保存任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes), perhaps from a copy that did not finish; restore it from a backup copy, or delete it to start a new, empty database.</source>
        <translation>数据库文件是空的（0 字节），可能是复制没有完成；请用备份副本恢复，或删除该文件以新建一个空数据库。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: a folder on the way is missing or not accessible; check the path given with --db or RECEPTIONIST_DB.</source>
        <translation>无法打开数据库文件：路径中的某个文件夹不存在或无法访问；请检查 --db 或 RECEPTIONIST_DB 指定的路径。</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved; check the network and that the server is running (or ask your administrator). The desk reconnects by itself when it is back.</source>
        <translation>无法连接数据库服务器，因此没有保存任何内容；请检查网络以及服务器是否在运行（或联系管理员）。服务器恢复后，前台会自动重新连接。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so nothing was saved; what you typed is kept. Try again when the server is back (the desk reconnects by itself).</source>
        <translation>与数据库服务器的连接已断开，因此没有保存任何内容；您输入的内容仍保留着。请在服务器恢复后重试（前台会自动重新连接）。</translation>
    </message>
    <message>
        <source>The database server refused the user name or password; check them in Settings → Database (or ~/.pgpass, PGPASSWORD), or ask your administrator.</source>
        <translation>数据库服务器拒绝了用户名或密码；请在“设置 → 数据库”中（或 ~/.pgpass、PGPASSWORD）检查，或联系管理员。</translation>
    </message>
    <message>
        <source>The database named in the server address does not exist on that server; create it with `receptionist db init URL`, or check the name.</source>
        <translation>服务器地址中指定的数据库在该服务器上不存在；请用 `receptionist db init URL` 创建，或检查名称。</translation>
    </message>
    <message>
        <source>This station and the database server could not set up a secure (TLS) connection: the server may not offer TLS, or its certificate does not match the CA certificate file or the server&apos;s name; check the TLS mode and the CA certificate in Settings → Database, or ask your administrator.</source>
        <translation>本工作站无法与数据库服务器建立安全（TLS）连接：服务器可能未启用 TLS，或其证书与 CA 证书文件或服务器名称不符；请在“设置 → 数据库”中检查 TLS 模式和 CA 证书，或联系管理员。</translation>
    </message>
    <message>
        <source>The database server accepts no changes right now (a read-only standby server?), so nothing was saved; point this station at the main server.</source>
        <translation>数据库服务器目前不接受任何修改（可能是只读的备用服务器？），因此没有保存任何内容；请将本工作站指向主服务器。</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address, for example db.example.com.</source>
        <translation>请填写服务器的名称或地址，例如 db.example.com。</translation>
    </message>
    <message>
        <source>Type only the server&apos;s name or address (no spaces, no / @ ? # or commas), for example db.example.com.</source>
        <translation>这里只填服务器的名称或地址（不能有空格、/ @ ? # 或逗号），例如 db.example.com。</translation>
    </message>
    <message>
        <source>The port must be a whole number from {lowest} to {highest}; PostgreSQL usually listens on 5432.</source>
        <translation>端口必须是 {lowest} 到 {highest} 之间的整数；PostgreSQL 通常使用 5432。</translation>
    </message>
    <message>
        <source>Type the name of the database on the server, for example receptionist.</source>
        <translation>请填写服务器上的数据库名称，例如 receptionist。</translation>
    </message>
    <message>
        <source>Type the user name this station signs in to the server with.</source>
        <translation>请填写本工作站登录服务器所用的用户名。</translation>
    </message>
    <message>
        <source>The TLS mode must be one of: {choices}.</source>
        <translation>TLS 模式只能是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>There is no file at this path; choose the CA certificate file your administrator gave you, or leave the field empty.</source>
        <translation>该路径下没有文件；请选择管理员提供的 CA 证书文件，或留空。</translation>
    </message>
    <message>
        <source>This address cannot be used here; paste one like postgresql://user@host:5432/receptionist, or fill in the fields below.</source>
        <translation>这个地址无法在此使用；请粘贴类似 postgresql://user@host:5432/receptionist 的地址，或填写下面各项。</translation>
    </message>
    <message>
        <source>Type the path of the database file, or choose a file.</source>
        <translation>请填写数据库文件的路径，或选择一个文件。</translation>
    </message>
    <message>
        <source>This path is a folder; name a file in it, for example receptionist.sqlite3.</source>
        <translation>这个路径是文件夹；请写出其中的文件名，例如 receptionist.sqlite3。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so nothing was saved; leave the password empty and put it in ~/.pgpass instead (or ask your administrator).</source>
        <translation>本机没有可用的系统密钥环来保存密码，因此没有保存任何内容；请将密码留空，改为写入 ~/.pgpass（或联系管理员）。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Receptionist; update the app to open it.</source>
        <translation>该数据库由更新版本的 Receptionist 写入，请升级本应用后再打开。</translation>
    </message>
    <message>
        <source>This text contains characters that are not valid text; type it again.</source>
        <translation>内容中含有无效字符，请重新输入。</translation>
    </message>
    <message>
        <source>This text contains hidden characters that change the direction of text, so it could read differently on the board and on slips; type it again without them.</source>
        <translation>内容中含有改变文字方向的隐藏字符，在看板和来访单上可能显示得与实际内容不同；请去掉这些字符重新输入。</translation>
    </message>
    <message>
        <source>This visit is no longer planned (the visitor has arrived, or it was cancelled); there is no invitation to print.</source>
        <translation>此来访已不再是预约状态（访客已到达，或预约已取消），没有可打印的邀请函。</translation>
    </message>
    <message>
        <source>Ratings are whole numbers from {lowest} to {highest}.</source>
        <translation>评分须为 {lowest} 到 {highest} 的整数。</translation>
    </message>
    <message>
        <source>The recommend score is a whole number from {lowest} to {highest}.</source>
        <translation>推荐意愿须为 {lowest} 到 {highest} 的整数。</translation>
    </message>
    <message>
        <source>Comment is longer than {maximum} characters.</source>
        <translation>意见不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>This paper format is not available for this document; choose one of {choices}.</source>
        <translation>此文档不支持该纸张规格，请从 {choices} 中选择一种。</translation>
    </message>
    <message>
        <source>Printer name is longer than {maximum} characters.</source>
        <translation>打印机名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}; choose another file with --out.</source>
        <translation>无法将 PDF 写入 {path}：{reason}；请用 --out 另选一个文件。</translation>
    </message>
    <message>
        <source>{reason} The PDF was saved to {path}.</source>
        <translation>{reason}PDF 已保存到 {path}。</translation>
    </message>
    <message>
        <source>Site name is required.</source>
        <translation>请填写场所名称。</translation>
    </message>
    <message>
        <source>Site name is longer than {maximum} characters.</source>
        <translation>场所名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Site name contains a control character; remove it and try again.</source>
        <translation>场所名称含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>The kind of site must be office, showroom or hotel.</source>
        <translation>场所类型须为办公场所、展厅或酒店。</translation>
    </message>
    <message>
        <source>This site is already set up; change its name in Settings.</source>
        <translation>本场所已设置完成；如需修改名称，请在“设置”中更改。</translation>
    </message>
    <message>
        <source>The overall rating is required.</source>
        <translation>必须填写总体满意度评分。</translation>
    </message>
    <message>
        <source>Comment contains a control character; remove it and try again.</source>
        <translation>意见包含控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Feedback source must be card, kiosk or call.</source>
        <translation>反馈来源须为意见卡、自助机或电话。</translation>
    </message>
    <message>
        <source>This visit has not taken place, so it cannot have feedback.</source>
        <translation>此次来访尚未发生，不能录入反馈。</translation>
    </message>
    <message>
        <source>This visit already has feedback; it is entered only once.</source>
        <translation>此次来访已有反馈；每次来访只能录入一次。</translation>
    </message>
    <message>
        <source>The document is a slip or a card.</source>
        <translation>文档须为来访单或反馈意见卡。</translation>
    </message>
    <message>
        <source>The outcome of a print is printed, saved or failed.</source>
        <translation>打印结果须为已打印、已保存或失败。</translation>
    </message>
    <message>
        <source>Printer name contains a control character; remove it and try again.</source>
        <translation>打印机名称包含控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>标志必须是 PNG 图片。</translation>
    </message>
    <message>
        <source>The logo is larger than {size} KB; use a smaller image.</source>
        <translation>标志大于 {size} KB，请使用较小的图片。</translation>
    </message>
    <message>
        <source>The idle time must be {shortest} to {longest} seconds.</source>
        <translation>无操作返回时间须为 {shortest} 到 {longest} 秒。</translation>
    </message>
    <message>
        <source>The retention period must be {shortest} to {longest} months.</source>
        <translation>保存期限须为 {shortest} 到 {longest} 个月。</translation>
    </message>
    <message>
        <source>The PIN must be {shortest} to {longest} digits.</source>
        <translation>密码须为 {shortest} 到 {longest} 位数字。</translation>
    </message>
    <message>
        <source>The expected date and time are not valid.</source>
        <translation>预约日期和时间无效。</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a manager or an administrator.</source>
        <translation>您的角色无权执行此操作，请联系经理或管理员。</translation>
    </message>
    <message>
        <source>Wrong name, password or PIN; nothing was done. Check it and try again.</source>
        <translation>姓名、密码或 PIN 码有误，未执行任何操作。请检查后重试。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until {time}.</source>
        <translation>错误次数过多：此账户已锁定至 {time}。</translation>
    </message>
    <message>
        <source>This staff member has no password or PIN yet; an administrator sets one first.</source>
        <translation>该员工尚未设置密码或 PIN 码，请先由管理员设置。</translation>
    </message>
    <message>
        <source>Sign in first: say who you are with your password or PIN.</source>
        <translation>请先登录：用您的密码或 PIN 码表明身份。</translation>
    </message>
    <message>
        <source>Sign in with --user NAME or RECEPTIONIST_USER; nothing was done.</source>
        <translation>请用 --user 姓名 或 RECEPTIONIST_USER 登录；未做任何操作。</translation>
    </message>
    <message>
        <source>No password or PIN was given; type it when asked, pipe it on stdin or set {variable}.</source>
        <translation>未提供密码或 PIN 码；请在提示时输入，或通过标准输入传入，或设置 {variable}。</translation>
    </message>
    <message>
        <source>The two passwords differ, so nothing was changed; type the same one twice.</source>
        <translation>两次输入的密码不一致，未做任何更改；请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>A password may have at most {maximum} characters.</source>
        <translation>密码最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Only receptionists may sign in with a PIN; this role needs a password.</source>
        <translation>只有前台接待员可以用 PIN 码登录，此角色需要使用密码。</translation>
    </message>
    <message>
        <source>This site is already set up; sign in as one of its administrators.</source>
        <translation>本站点已完成设置，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>找不到该员工。</translation>
    </message>
    <message>
        <source>No active staff member has this name; add them first (receptionist staff add NAME).</source>
        <translation>没有使用此姓名的在职员工；请先添加（receptionist staff add 姓名）。</translation>
    </message>
    <message>
        <source>Role must be receptionist, host, manager or admin.</source>
        <translation>角色须为 receptionist（前台）、host（接待人）、manager（经理）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Department contains a control character; remove it and try again.</source>
        <translation>部门名称含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Department is longer than {maximum} characters.</source>
        <translation>部门名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; the record cannot be used again. Register the visitor as a new customer.</source>
        <translation>该客户的个人信息已删除，此档案不能再使用。请将来访者登记为新客户。</translation>
    </message>
    <message>
        <source>This customer has a visit on site or planned; check them out or cancel the visit first, then erase.</source>
        <translation>该客户有在场或已预约的来访；请先签退或取消预约，再删除。</translation>
    </message>
    <message>
        <source>No customer has this phone number; check it, or give the customer&apos;s --id.</source>
        <translation>没有客户使用这个电话号码；请检查号码，或改用客户的 --id。</translation>
    </message>
    <message>
        <source>Erasing a customer cannot be undone, so it asks first; run it at a terminal and answer y, or add --yes.</source>
        <translation>删除客户信息后无法恢复，因此会先确认；请在终端中运行并回答 y，或加上 --yes。</translation>
    </message>
    <message>
        <source>The export file could not be written; check that the folder exists and that you may write there, then try again.</source>
        <translation>无法写入导出文件；请确认文件夹存在且有写入权限，然后重试。</translation>
    </message>
    <message>
        <source>No customer has this phone number; check it, or use --customer-id.</source>
        <translation>没有使用此电话号码的客户；请核对号码，或改用 --customer-id。</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself; choose two different customers.</source>
        <translation>客户不能与自己合并，请选择两位不同的客户。</translation>
    </message>
    <message>
        <source>One of these customers was erased and cannot be merged; choose another pair.</source>
        <translation>其中一位客户的资料已被删除，无法合并，请选择另一组。</translation>
    </message>
    <message>
        <source>Both customers have a visit on site; check one of them out first, then merge.</source>
        <translation>两位客户都有在场的来访，请先为其中一位办理离开，再合并。</translation>
    </message>
    <message>
        <source>Each field to take must be a customer field set to keep or other (e.g. phone=other).</source>
        <translation>每个选取的字段都必须是客户字段，并设为 keep 或 other（例如 phone=other）。</translation>
    </message>
    <message>
        <source>Category must be prospect, existing, vip or problem.</source>
        <translation>客户类别须为 prospect（潜在客户）、existing（现有客户）、vip（VIP客户）或 problem（问题客户）。</translation>
    </message>
    <message>
        <source>Kind must be consumer, business or internal.</source>
        <translation>客户类型须为 consumer（消费者）、business（商业型）或 internal（企业内部客户）。</translation>
    </message>
    <message>
        <source>Name is longer than {maximum} characters.</source>
        <translation>姓名不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Company is longer than {maximum} characters.</source>
        <translation>公司名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Amount must be a number with at most two decimals, such as 1280.50 or -20.</source>
        <translation>金额须为数字，最多两位小数，例如 1280.50 或 -20。</translation>
    </message>
    <message>
        <source>Reason contains a control character; remove it and try again.</source>
        <translation>原因含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Reason is longer than {maximum} characters.</source>
        <translation>原因不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Title contains a control character; remove it and try again.</source>
        <translation>称呼含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Title is longer than {maximum} characters.</source>
        <translation>称呼不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Notes are longer than {maximum} characters.</source>
        <translation>客户备注不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Notes contain a control character; remove it and try again.</source>
        <translation>客户备注含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Another station changed this customer&apos;s details ({fields}) after you opened them, so your changes were not saved; look at theirs, then save again.</source>
        <translation>您打开此客户资料后，另一个前台或自助机修改了其中的{fields}，因此您的修改没有保存；请先查看对方的修改，再重新保存。</translation>
    </message>
    <message>
        <source>This phone number ({phone}) already belongs to customer #{customer}; pick that customer instead.</source>
        <translation>该电话号码（{phone}）已属于客户 #{customer}，请直接选择该客户。</translation>
    </message>
    <message>
        <source>Source contains a control character; remove it and try again.</source>
        <translation>来源渠道中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Source is longer than {maximum} characters.</source>
        <translation>来源渠道不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Preferences contain a control character; remove it and try again.</source>
        <translation>喜好中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Preferences are longer than {maximum} characters.</source>
        <translation>喜好不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A tag contains a control character; remove it and try again.</source>
        <translation>某个标签中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>A tag is longer than {maximum} characters; shorten it or split it in two.</source>
        <translation>标签不能超过 {maximum} 个字符，请缩短或拆成两个标签。</translation>
    </message>
    <message>
        <source>A customer can have at most {maximum} tags; remove some first.</source>
        <translation>每位客户最多 {maximum} 个标签，请先删掉一些。</translation>
    </message>
    <message>
        <source>Customer reference contains a control character; remove it and try again.</source>
        <translation>客户编号中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Customer reference is longer than {maximum} characters.</source>
        <translation>客户编号不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Another customer already has this customer reference; check it, or clear it here.</source>
        <translation>另一位客户已使用这个客户编号，请核对，或在这里清空。</translation>
    </message>
    <message>
        <source>The account manager must be an active staff member; choose one from the list.</source>
        <translation>客户经理必须是在职员工，请从列表中选择。</translation>
    </message>
    <message>
        <source>Consent to be contacted must be yes or no.</source>
        <translation>联系许可只能是“同意”或“不同意”。</translation>
    </message>
    <message>
        <source>A special date must be a birthday, wedding anniversary, founding day or other.</source>
        <translation>纪念日的类型须为生日、结婚纪念日、公司成立日或其他。</translation>
    </message>
    <message>
        <source>A special date of kind &quot;other&quot; needs a label saying what it is.</source>
        <translation>类型为“其他”的纪念日需要填写说明。</translation>
    </message>
    <message>
        <source>A special date&apos;s label contains a control character; remove it.</source>
        <translation>纪念日说明中含有控制字符，请删除。</translation>
    </message>
    <message>
        <source>A special date&apos;s label is longer than {maximum} characters.</source>
        <translation>纪念日说明不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A special date is not a real day of the year (February 29 only without a year or in a leap year); check its month and day.</source>
        <translation>纪念日不是有效日期（2 月 29 日只能不填年份或在闰年），请核对月和日。</translation>
    </message>
    <message>
        <source>A customer can have at most {maximum} special dates; remove some first.</source>
        <translation>每位客户最多 {maximum} 个纪念日，请先删掉一些。</translation>
    </message>
    <message>
        <source>Phone number is too short: a mainland mobile has {digits} digits; a landline needs its area code (for example 010-12345678).</source>
        <translation>电话号码太短：大陆手机号为 {digits} 位，座机需加区号（例如 010-12345678）。</translation>
    </message>
    <message>
        <source>Phone number has the wrong length: a mainland mobile has {digits} digits; a landline needs its area code (for example 010-12345678).</source>
        <translation>电话号码位数不对：大陆手机号为 {digits} 位，座机需加区号（例如 010-12345678）。</translation>
    </message>
    <message>
        <source>Phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <source>Phone number has the wrong length.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <source>Purpose must be sales, after_sales, complaint or relationship.</source>
        <translation>来访目的须为 sales（销售接待）、after_sales（售后接待）、complaint（投诉接待）或 relationship（关系维护接待）。</translation>
    </message>
    <message>
        <source>Flow must be initial, follow_up, maintenance or complaint.</source>
        <translation>接待流程须为 initial（初次接待）、follow_up（跟进接待）、maintenance（维护接待）或 complaint（投诉处理）。</translation>
    </message>
    <message>
        <source>Party size must be between {smallest} and {largest}.</source>
        <translation>来访人数必须在 {smallest} 到 {largest} 之间。</translation>
    </message>
    <message>
        <source>Note is longer than {maximum} characters.</source>
        <translation>备注不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Room contains a control character; remove it and try again.</source>
        <translation>房间号含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Room is longer than {maximum} characters.</source>
        <translation>房间号不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>找不到该来访记录。</translation>
    </message>
    <message>
        <source>It is too late to undo this: more than {minutes} minutes have passed.</source>
        <translation>已超过 {minutes} 分钟，无法再撤销。</translation>
    </message>
    <message>
        <source>The expected day is in the past; choose today or later.</source>
        <translation>预约日期已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Visits can be planned up to a year ahead.</source>
        <translation>最多只能提前一年预约。</translation>
    </message>
    <message>
        <source>Only a planned visit can be cancelled.</source>
        <translation>只有尚未到访的预约才能取消。</translation>
    </message>
    <message>
        <source>No visit has this invitation code; check the code on the invitation.</source>
        <translation>没有与此邀请码对应的来访，请核对邀请函上的邀请码。</translation>
    </message>
    <message>
        <source>This invitation has already been used or is no longer valid.</source>
        <translation>此邀请码已使用或已失效。</translation>
    </message>
    <message>
        <source>This invitation is for another day.</source>
        <translation>此邀请不是今天的。</translation>
    </message>
    <message>
        <source>The lock time must be {shortest} to {longest} minutes (0: never lock).</source>
        <translation>自动锁定时间须为 {shortest} 到 {longest} 分钟（0 表示从不锁定）。</translation>
    </message>
    <message>
        <source>No PIN was entered; nothing was changed.</source>
        <translation>未输入密码，未作任何更改。</translation>
    </message>
    <message>
        <source>We do not know this invitation code. Check it, or choose “I have no appointment”.</source>
        <translation>无法识别此邀请码。请核对，或选择“我没有预约”。</translation>
    </message>
    <message>
        <source>This invitation has already been used. Please see the front desk.</source>
        <translation>此邀请码已使用过，请到前台办理。</translation>
    </message>
    <message>
        <source>This invitation is for another day. Please see the front desk.</source>
        <translation>此邀请不是今天的，请到前台办理。</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <source>Please tick the box to agree, or go to the front desk.</source>
        <translation>请勾选同意，或到前台办理。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation>密码错误次数过多，请在 {time} 之后再试。</translation>
    </message>
    <message>
        <source>No staff PIN is set; set one on the desk (Settings).</source>
        <translation>尚未设置员工密码，请在前台（设置）中设置。</translation>
    </message>
    <message>
        <source>Station name is required.</source>
        <translation>请填写工作站名称。</translation>
    </message>
    <message>
        <source>Station name contains a control character; remove it and try again.</source>
        <translation>工作站名称含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Station name is longer than {maximum} characters.</source>
        <translation>工作站名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Location contains a control character; remove it and try again.</source>
        <translation>位置含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Location is longer than {maximum} characters.</source>
        <translation>位置不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A station is a desk or a kiosk.</source>
        <translation>工作站只能是前台或自助机。</translation>
    </message>
    <message>
        <source>Another station already has this name; choose another name.</source>
        <translation>已有同名的工作站，请换一个名称。</translation>
    </message>
    <message>
        <source>No station has this name; see `receptionist station list`, or add it with `receptionist station add NAME --kind desk|kiosk`.</source>
        <translation>没有这个名称的工作站；请查看 `receptionist station list`，或用 `receptionist station add 名称 --kind desk|kiosk` 添加。</translation>
    </message>
    <message>
        <source>Only a kiosk has a staff PIN of its own; choose a kiosk station.</source>
        <translation>只有自助机可以单独设置员工密码，请选择一台自助机。</translation>
    </message>
    <message>
        <source>--clear needs --station NAME: the kiosk that uses the site&apos;s PIN again.</source>
        <translation>--clear 需要同时给出 --station 名称：即恢复使用全场所密码的那台自助机。</translation>
    </message>
    <message>
        <source>This kiosk does not know its station; close it and start it again.</source>
        <translation>这台自助机尚未确定所属工作站，请关闭后重新启动。</translation>
    </message>
    <message>
        <source>No staff member has this name; see `receptionist staff list`.</source>
        <translation>没有使用此姓名的员工；请查看 `receptionist staff list`。</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>--from 日期晚于 --to 日期。</translation>
    </message>
    <message>
        <source>Demo sizes cannot be negative.</source>
        <translation>演示数据的数量不能为负数。</translation>
    </message>
    <message>
        <source>Demo visits need at least one demo customer.</source>
        <translation>生成演示来访至少需要一位演示客户。</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing can be saved in it; make the file writable (or ask your administrator to), then try again.</source>
        <translation>数据库文件是只读的，无法保存任何内容；请将其改为可写（或请管理员处理），然后重试。</translation>
    </message>
    <message>
        <source>The folder or disk holding the database is read-only (the database also writes small files beside itself), so nothing can be saved; make it writable or move the database to a writable folder (or ask your administrator to), then try again.</source>
        <translation>数据库所在的文件夹或磁盘是只读的（数据库还需要在旁边写入一些小文件），无法保存任何内容；请将其改为可写，或把数据库移到可写的文件夹（或请管理员处理），然后重试。</translation>
    </message>
    <message>
        <source>The disk holding the database reported a read or write error, so nothing was saved; check the disk or network drive, then try again.</source>
        <translation>数据库所在的磁盘报告了读写错误，本次未保存任何内容；请检查磁盘或网络驱动器，然后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing will be written to it; restore it from a backup copy, or ask your administrator.</source>
        <translation>数据库文件已损坏，不会再向其中写入任何内容；请用备份副本恢复，或联系管理员。</translation>
    </message>
    <message>
        <source>This file is not a Receptionist database (it is not a database file at all); check the path given with --db or RECEPTIONIST_DB.</source>
        <translation>该文件不是 Receptionist 数据库（根本不是数据库文件）；请检查 --db 或 RECEPTIONIST_DB 指定的路径。</translation>
    </message>
    <message>
        <source>This database belongs to another program (it holds tables that are not Receptionist&apos;s), so it was left unchanged; check the file or server address given with --db, RECEPTIONIST_DB or Settings → Database.</source>
        <translation>此数据库属于其他程序（其中的数据表不是前台接待系统的），因此未做任何改动；请检查 --db、RECEPTIONIST_DB 或“设置 → 数据库”中给出的文件或服务器地址。</translation>
    </message>
    <message>
        <source>The server address names no database; add its name after the host and port, e.g. postgresql://user@host:5432/receptionist.</source>
        <translation>服务器地址中没有写数据库名；请在主机和端口之后加上数据库名，例如 postgresql://user@host:5432/receptionist。</translation>
    </message>
    <message>
        <source>The server address is not valid (its port must be a number); write it as postgresql://user@host:5432/name.</source>
        <translation>服务器地址无效（端口必须是数字）；请按 postgresql://user@host:5432/name 的格式填写。</translation>
    </message>
    <message>
        <source>The database {database} does not exist on the server and this user may not create it; ask the server&apos;s administrator to create it (docs/multi-desk.md shows how), then try again.</source>
        <translation>服务器上没有数据库 {database}，当前用户也无权创建；请联系服务器管理员创建（做法见 docs/multi-desk.md），然后重试。</translation>
    </message>
    <message>
        <source>There is no database at this path; check the path given with --db or RECEPTIONIST_DB (a station creates its database when it first opens it).</source>
        <translation>该路径下没有数据库；请检查 --db 或 RECEPTIONIST_DB 指定的路径（工作站首次打开时才会创建数据库）。</translation>
    </message>
    <message>
        <source>There is no database at this path, so there is nothing to copy; name the site&apos;s database file with --db or RECEPTIONIST_DB.</source>
        <translation>该路径下没有数据库，因此没有可复制的内容；请用 --db 或 RECEPTIONIST_DB 指定本站点的数据库文件。</translation>
    </message>
    <message>
        <source>The site&apos;s database is at schema version {version} and lacks tables of version {latest}, so nothing was copied; open it once with this version of Receptionist, then try again.</source>
        <translation>本站点数据库的结构版本为 {version}，缺少版本 {latest} 的数据表，因此未复制任何内容；请先用当前版本的 Receptionist 打开一次，然后重试。</translation>
    </message>
    <message>
        <source>This site&apos;s database is on a PostgreSQL server: back it up and restore it with the server&apos;s own tools (pg_dump and pg_restore, see docs/multi-desk.md).</source>
        <translation>本站点的数据库在 PostgreSQL 服务器上：请用服务器自带的工具（pg_dump 和 pg_restore，见 docs/multi-desk.md）备份和恢复。</translation>
    </message>
    <message>
        <source>There is no backup file at this path; check the name and try again.</source>
        <translation>此路径下没有备份文件；请检查文件名后重试。</translation>
    </message>
    <message>
        <source>This backup is encrypted, so nothing was restored; give its passphrase (--passphrase-stdin or RECEPTIONIST_BACKUP_PASSPHRASE).</source>
        <translation>此备份已加密，未恢复任何内容；请提供它的口令（--passphrase-stdin 或 RECEPTIONIST_BACKUP_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The passphrase is empty; type the passphrase, or leave the option out.</source>
        <translation>口令为空；请输入口令，或不使用该选项。</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup, so nothing was restored; type the passphrase it was made with.</source>
        <translation>此口令无法打开该备份，未恢复任何内容；请输入制作备份时使用的口令。</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete, so nothing was restored; choose another backup.</source>
        <translation>此备份文件已损坏或不完整，未恢复任何内容；请选择其他备份。</translation>
    </message>
    <message>
        <source>This file is not a Receptionist backup, so nothing was restored; choose a file from the backups folder.</source>
        <translation>此文件不是本前台系统的备份，未恢复任何内容；请从备份文件夹中选择文件。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Receptionist, so nothing was restored; update the app first.</source>
        <translation>此备份由更新版本的前台系统制作，未恢复任何内容；请先升级本软件。</translation>
    </message>
    <message>
        <source>Restoring replaces the site&apos;s database, so it asks first; run it at a terminal and answer y, or add --yes (needed when the passphrase comes from stdin).</source>
        <translation>恢复会替换站点的数据库，因此会先询问；请在终端中运行并回答 y，或加上 --yes（口令从标准输入读取时必须加）。</translation>
    </message>
    <message>
        <source>The database failed its integrity check, so no backup was made from it; restore the newest good backup (receptionist restore FILE).</source>
        <translation>数据库未通过完整性检查，因此没有据此制作备份；请恢复最近一份完好的备份（receptionist restore 文件）。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in, so nothing was saved; set RECEPTIONIST_BACKUP_PASSPHRASE for the desk instead, or leave encryption off.</source>
        <translation>本机没有可保存口令的系统密钥环，因此未作任何保存；请改为给前台设置环境变量 RECEPTIONIST_BACKUP_PASSPHRASE，或不启用加密。</translation>
    </message>
    <message>
        <source>Encrypted backups need a passphrase; type one, or leave encryption off.</source>
        <translation>加密备份需要口令；请输入一个，或不启用加密。</translation>
    </message>
    <message>
        <source>Backups are set to be encrypted but this computer does not know the passphrase, so no backup was made; type it again in Settings → Backups.</source>
        <translation>备份已设为加密，但本机找不到口令，因此没有备份；请在“设置 → 备份”中重新输入。</translation>
    </message>
    <message>
        <source>Type a whole number from {shortest} to {longest}.</source>
        <translation>请输入 {shortest} 到 {longest} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose a whole folder path (for example D:\Backups), or leave it empty.</source>
        <translation>请填写完整的文件夹路径（例如 D:\Backups），或留空。</translation>
    </message>
    <message>
        <source>Amount cannot be zero; type what was paid, or a negative amount for a refund.</source>
        <translation>金额不能为零；请输入实付金额，退款请输入负数。</translation>
    </message>
    <message>
        <source>Purchase date must be a date written as YYYY-MM-DD, such as 2026-03-15.</source>
        <translation>购买日期须按 YYYY-MM-DD 填写，例如 2026-03-15。</translation>
    </message>
    <message>
        <source>Purchase date is in the future; give the day the purchase was made.</source>
        <translation>购买日期不能晚于今天；请填写实际购买的日期。</translation>
    </message>
    <message>
        <source>No such purchase; it may have been deleted at another desk.</source>
        <translation>找不到这笔购买记录，可能已在其他前台被删除。</translation>
    </message>
    <message>
        <source>Reference contains a control character; remove it and try again.</source>
        <translation>单号中含有控制字符；请删除后重试。</translation>
    </message>
    <message>
        <source>Reference is longer than {maximum} characters.</source>
        <translation>单号不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Unknown currency; choose one from the list, such as CNY.</source>
        <translation>未知的币种；请从列表中选择，例如 CNY。</translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give its address as postgresql://user@host:5432/name.</source>
        <translation>只能复制到 PostgreSQL 服务器：请按 postgresql://user@host:5432/name 的格式填写地址。</translation>
    </message>
    <message>
        <source>The target is the site&apos;s own database; name another, empty server database.</source>
        <translation>目标就是本站点自己的数据库；请指定另一个空的服务器数据库。</translation>
    </message>
    <message>
        <source>The server database already holds data (table {table} has rows), so nothing was copied into it; copy into a new, empty database (receptionist db init URL creates one).</source>
        <translation>服务器数据库中已有数据（{table} 表中有记录），因此未复制任何内容；请复制到一个新的空数据库（可用 receptionist db init URL 创建）。</translation>
    </message>
    <message>
        <source>The server refused a row of table {table} ({detail}), so the copy was rolled back and nothing was kept on the server; check that table in the site&apos;s database, or report this.</source>
        <translation>服务器拒绝了 {table} 表中的一行（{detail}），复制已全部回滚，服务器上未保留任何内容；请检查本站点数据库中的这张表，或报告此问题。</translation>
    </message>
    <message>
        <source>The copy on the server did not match the site&apos;s database (the tables marked NO), so it was rolled back and nothing was kept on the server; look for triggers or rules on the server database that change rows, then try again.</source>
        <translation>服务器上的副本与本站点数据库不一致（标为 NO 的表），复制已全部回滚，服务器上未保留任何内容；请检查服务器数据库中是否有会修改数据行的触发器或规则，然后重试。</translation>
    </message>
    <message>
        <source>A period is a year such as 2026, or a quarter such as 2026-Q1.</source>
        <translation>统计周期为年份（如 2026）或季度（如 2026-Q1）。</translation>
    </message>
    <message>
        <source>This site computes tiers per year; give a year such as 2026, or switch to quarters in the settings.</source>
        <translation>本站点按年度计算客户等级；请输入年份（如 2026），或在设置中改为按季度计算。</translation>
    </message>
    <message>
        <source>Tiers are computed per year or per quarter; choose one of them.</source>
        <translation>客户等级按年度或按季度计算，请选择其一。</translation>
    </message>
    <message>
        <source>The tier shares must be four whole percents that add up to 100, with at least 1 for platinum.</source>
        <translation>各等级占比须为四个整数百分比，合计 100，其中白金客户至少为 1。</translation>
    </message>
    <message>
        <source>Choose a tier: platinum, gold, iron or lead.</source>
        <translation>请选择等级：白金、黄金、铁或铅。</translation>
    </message>
    <message>
        <source>Tiers have not been computed for {period} yet; recompute that period first.</source>
        <translation>{period} 的客户等级尚未计算，请先重新计算该周期。</translation>
    </message>
    <message>
        <source>There is no tier computation with that number; list them and choose one.</source>
        <translation>没有该编号的等级计算记录；请先列出记录再选择。</translation>
    </message>
    <message>
        <source>The recompute was cancelled; nothing was changed.</source>
        <translation>已取消重新计算，未做任何更改。</translation>
    </message>
    <message>
        <source>A suggestion no longer applies (the customer or the tiers changed since); list the suggestions again.</source>
        <translation>有建议已不再适用（客户或等级已发生变化），请重新列出建议。</translation>
    </message>
    <message>
        <source>Contact every {shortest} to {longest} days, or leave it empty.</source>
        <translation>联系间隔须为 {shortest} 至 {longest} 天，或留空。</translation>
    </message>
    <message>
        <source>Gift recipients must not contain control characters.</source>
        <translation>礼品接收人不能包含控制字符。</translation>
    </message>
    <message>
        <source>Gift recipients is longer than {maximum} characters.</source>
        <translation>礼品接收人超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The note must not contain control characters.</source>
        <translation>备注不能包含控制字符。</translation>
    </message>
    <message>
        <source>The note is longer than {maximum} characters.</source>
        <translation>备注超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Count a customer as lost after {shortest} to {longest} days without activity.</source>
        <translation>客户无任何往来的天数需在 {shortest} 到 {longest} 天之间才算流失。</translation>
    </message>
    <message>
        <source>The interval factor must be a number from {smallest} to {largest}.</source>
        <translation>间隔倍数必须是 {smallest} 到 {largest} 之间的数字。</translation>
    </message>
    <message>
        <source>The win-back task must be due in {shortest} to {longest} days.</source>
        <translation>挽回任务的期限必须在 {shortest} 到 {longest} 天之内。</translation>
    </message>
    <message>
        <source>Choose a reason: product, service, both, price, moved or other.</source>
        <translation>请选择原因：产品、服务、产品和服务、价格、搬迁或其他。</translation>
    </message>
    <message>
        <source>Choose a status: open, analysed, won back or lost.</source>
        <translation>请选择状态：待分析、已分析、已挽回或已流失。</translation>
    </message>
    <message>
        <source>Choose an active staff member to win the customer back.</source>
        <translation>请选择一位在职员工负责挽回该客户。</translation>
    </message>
    <message>
        <source>There is no lost-customer review with that number; list them and choose one.</source>
        <translation>没有这个编号的流失客户记录；请先列出记录再选择。</translation>
    </message>
    <message>
        <source>This review is already closed; nothing was changed.</source>
        <translation>这条记录已经结案，未做任何更改。</translation>
    </message>
    <message>
        <source>The competitor&apos;s name contains a control character; remove it and try again.</source>
        <translation>竞争对手名称中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>The competitor&apos;s name is longer than {maximum} characters.</source>
        <translation>竞争对手名称不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The outcome contains a control character; remove it and try again.</source>
        <translation>结果中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>The outcome is longer than {maximum} characters.</source>
        <translation>结果不能超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Give the start day as YYYY-MM-DD, for example 2026-01-01.</source>
        <translation>请按 YYYY-MM-DD 格式填写开始日期，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>Only .csv and .xlsx files can be imported; save the file as one of those.</source>
        <translation>只能导入 .csv 和 .xlsx 文件，请将文件另存为其中一种格式。</translation>
    </message>
    <message>
        <source>The file could not be read; check that it exists, is not open in another program and is a CSV or Excel (.xlsx) file, then try again.</source>
        <translation>无法读取该文件。请确认文件存在、没有被其他程序打开，且是 CSV 或 Excel（.xlsx）文件，然后重试。</translation>
    </message>
    <message>
        <source>The file has no header row; its first line must name the columns.</source>
        <translation>文件没有标题行，第一行必须是各列的列名。</translation>
    </message>
    <message>
        <source>Write a column mapping as COLUMN=FIELD, for example 手机=phone.</source>
        <translation>列对应关系请写成“列名=字段”，例如 手机=phone。</translation>
    </message>
    <message>
        <source>The file has no column named {column}; check the column mapping.</source>
        <translation>文件中没有名为 {column} 的列，请检查列对应关系。</translation>
    </message>
    <message>
        <source>{target} is not a field this import knows; use one of: {fields}.</source>
        <translation>{target} 不是可导入的字段，请使用以下字段之一：{fields}。</translation>
    </message>
    <message>
        <source>Two columns are mapped to {target}; map one of them to another field.</source>
        <translation>有两列都对应到了 {target}，请把其中一列改为其他字段。</translation>
    </message>
    <message>
        <source>No column holds {target}; map one of the file&apos;s columns to it.</source>
        <translation>没有任何列对应到 {target}，请把文件中的某一列对应到它。</translation>
    </message>
    <message>
        <source>No column holds the customer reference or the phone number; map a column of the file to one of them.</source>
        <translation>没有任何列对应到客户编号或电话号码，请把文件中的某一列对应到其中之一。</translation>
    </message>
    <message>
        <source>This phone number is already on line {line} of this file.</source>
        <translation>该电话号码已出现在本文件第 {line} 行。</translation>
    </message>
    <message>
        <source>A customer with this phone number is already in the archive.</source>
        <translation>客户档案中已有使用该电话号码的客户。</translation>
    </message>
    <message>
        <source>This customer reference is already on line {line} of this file.</source>
        <translation>该客户编号已出现在本文件第 {line} 行。</translation>
    </message>
    <message>
        <source>A customer with this customer reference is already in the archive.</source>
        <translation>客户档案中已有使用该客户编号的客户。</translation>
    </message>
    <message>
        <source>This phone number belongs to the new customer of line {line}, who has another customer reference.</source>
        <translation>该电话号码属于第 {line} 行的新客户，而那位客户的客户编号不同。</translation>
    </message>
    <message>
        <source>The date is not valid; write it as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>日期无效，请写成 YYYY-MM-DD 格式，例如 2026-03-05。</translation>
    </message>
    <message>
        <source>The birthday is not a valid date; write it as YYYY-MM-DD or MM-DD.</source>
        <translation>生日不是有效日期，请写成 YYYY-MM-DD 或 MM-DD 格式。</translation>
    </message>
    <message>
        <source>The row names no customer; give a customer reference or a phone number.</source>
        <translation>该行没有指明客户，请填写客户编号或电话号码。</translation>
    </message>
    <message>
        <source>No customer has this reference or phone number yet, and the row gives no name to create one.</source>
        <translation>还没有客户使用该编号或电话号码，而该行没有填写姓名，无法新建客户。</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported, so nothing was written; correct them, or import only the good rows.</source>
        <translation>有 {count} 行无法导入，因此没有写入任何数据。请更正这些行，或只导入正确的行。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <source>Export to csv or xlsx.</source>
        <translation>请导出为 csv 或 xlsx 格式。</translation>
    </message>
    <message>
        <source>Export to xlsx, csv or pdf.</source>
        <translation>请导出为 xlsx、csv 或 pdf 格式。</translation>
    </message>
    <message>
        <source>--format goes with --out FILE: the file to write.</source>
        <translation>--format 须与 --out 文件 一起使用：指定要写入的文件。</translation>
    </message>
    <message>
        <source>A PDF report holds at most {maximum} rows and this list has more; narrow the filters, or export to Excel (.xlsx) or CSV. No file was written.</source>
        <translation>PDF 报表最多容纳 {maximum} 行，而此列表超出了这一数量；请缩小筛选范围，或导出为 Excel（.xlsx）或 CSV。未写入任何文件。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Give both --from-period and --to-period to export the movements.</source>
        <translation>导出分级变动需同时给出 --from-period 和 --to-period。</translation>
    </message>
    <message>
        <source>Choose open, closed or overdue complaints.</source>
        <translation>请选择未关闭、已关闭或已逾期的投诉。</translation>
    </message>
    <message>
        <source>Severity must be low, normal, high or urgent.</source>
        <translation>严重程度须为低、一般、高或紧急。</translation>
    </message>
    <message>
        <source>Channel must be desk, phone, kiosk or card.</source>
        <translation>投诉渠道须为前台、电话、自助机或意见卡。</translation>
    </message>
    <message>
        <source>Subject is required; say in a few words what the complaint is about.</source>
        <translation>请填写投诉主题，用几个字说明投诉的内容。</translation>
    </message>
    <message>
        <source>Subject contains a control character; remove it and try again.</source>
        <translation>主题中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Subject is longer than {maximum} characters.</source>
        <translation>主题超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Description contains a control character; remove it and try again.</source>
        <translation>描述中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>Description is longer than {maximum} characters.</source>
        <translation>描述超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Write a note on what was done in this step.</source>
        <translation>请记录这一步具体做了什么。</translation>
    </message>
    <message>
        <source>The step&apos;s note contains a control character; remove it and try again.</source>
        <translation>步骤记录中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <source>The step&apos;s note is longer than {maximum} characters.</source>
        <translation>步骤记录超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>No such complaint; check its number in the complaint list.</source>
        <translation>找不到该投诉，请在投诉列表中核对编号。</translation>
    </message>
    <message>
        <source>This complaint is closed; reopen a step first if the customer came back.</source>
        <translation>该投诉已结案；如客户再次反映，请先重新打开相应步骤。</translation>
    </message>
    <message>
        <source>Step must be a number from 1 to 5.</source>
        <translation>步骤须为 1 到 5 之间的数字。</translation>
    </message>
    <message>
        <source>Steps go in order: do step {expected} before step {step}.</source>
        <translation>步骤须按顺序进行：请先完成第 {expected} 步，再做第 {step} 步。</translation>
    </message>
    <message>
        <source>Step {step} has not been done yet, so it cannot be reopened.</source>
        <translation>第 {step} 步尚未完成，无法重新打开。</translation>
    </message>
    <message>
        <source>For the call-back, say whether the customer confirms it is resolved.</source>
        <translation>回访时请记录客户是否确认问题已解决。</translation>
    </message>
    <message>
        <source>Only the call-back (step 5) records whether it is resolved.</source>
        <translation>只有回访（第 5 步）才记录是否已解决。</translation>
    </message>
    <message>
        <source>The call-back must be made by someone other than the complaint&apos;s handler; ask a colleague to call the customer.</source>
        <translation>回访须由非直接处理人员进行，请让其他同事给客户回访。</translation>
    </message>
    <message>
        <source>The chosen handler is unknown or inactive; choose another staff member.</source>
        <translation>所选处理人不存在或已停用，请另选一位员工。</translation>
    </message>
    <message>
        <source>That visit is another customer&apos;s; give a visit code of this customer.</source>
        <translation>该来访记录属于其他客户，请填写本客户的来访编号。</translation>
    </message>
    <message>
        <source>Only the complaint&apos;s handler or a manager may do this.</source>
        <translation>只有该投诉的处理人或经理可以执行此操作。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint a moment ago; nothing was saved. Look at it again and retry.</source>
        <translation>其他人刚刚修改了这条投诉，本次未保存。请重新查看后再试。</translation>
    </message>
    <message>
        <source>Deadlines are whole hours from 1 to {maximum}.</source>
        <translation>时限须为 1 到 {maximum} 之间的整数小时。</translation>
    </message>
    <message>
        <source>The time to acknowledge cannot be longer than the time to resolve.</source>
        <translation>受理时限不能长于解决时限。</translation>
    </message>
    <message>
        <source>No such follow-up task; refresh the list and try again.</source>
        <translation>该回访任务不存在；请刷新列表后重试。</translation>
    </message>
    <message>
        <source>This follow-up task is already done or skipped; refresh the list.</source>
        <translation>该回访任务已完成或已跳过；请刷新列表。</translation>
    </message>
    <message>
        <source>This follow-up task is someone else&apos;s; ask a manager to reassign it.</source>
        <translation>这项回访任务不是您的；请经理重新分配。</translation>
    </message>
    <message>
        <source>A complaint&apos;s call-back is made by someone other than its handler; give it to a colleague.</source>
        <translation>投诉回访须由非直接处理人员进行；请交给其他同事。</translation>
    </message>
    <message>
        <source>The chosen staff member is unknown or inactive; choose someone else.</source>
        <translation>所选员工不存在或已停用；请另选一位。</translation>
    </message>
    <message>
        <source>Give a number of days from {shortest} to {longest}.</source>
        <translation>请填写 {shortest} 到 {longest} 之间的天数。</translation>
    </message>
    <message>
        <source>There is no such follow-up rule; check its name.</source>
        <translation>没有这条回访规则；请检查名称。</translation>
    </message>
    <message>
        <source>Choose a kind of follow-up from the list.</source>
        <translation>请从列表中选择回访类型。</translation>
    </message>
    <message>
        <source>Due date must be a date written as YYYY-MM-DD, such as 2026-03-15.</source>
        <translation>到期日须按 YYYY-MM-DD 填写，例如 2026-03-15。</translation>
    </message>
    <message>
        <source>A holiday&apos;s date must be written as YYYY-MM-DD, such as 2026-10-01.</source>
        <translation>节日日期须按 YYYY-MM-DD 填写，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>Give the holiday&apos;s name.</source>
        <translation>请填写节日名称。</translation>
    </message>
    <message>
        <source>The holiday&apos;s name contains characters that cannot be stored; retype it.</source>
        <translation>节日名称含有无法保存的字符；请重新输入。</translation>
    </message>
    <message>
        <source>The holiday&apos;s name is longer than {maximum} characters.</source>
        <translation>节日名称超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>There is no setting called {key}; &apos;settings show&apos; lists them.</source>
        <translation>没有名为 {key} 的设置；“settings show”会列出全部设置。</translation>
    </message>
    <message>
        <source>The mail server&apos;s name is not valid: a host name or address, no spaces.</source>
        <translation>邮件服务器名称无效：请填写主机名或地址，不含空格。</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number from {lowest} to {highest}.</source>
        <translation>邮件服务器端口必须是 {lowest} 到 {highest} 之间的数字。</translation>
    </message>
    <message>
        <source>The mail server&apos;s security must be one of: {choices}.</source>
        <translation>邮件服务器的加密方式必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The mail server&apos;s user name is longer than {maximum} characters or holds characters that cannot be used.</source>
        <translation>邮件服务器用户名超过 {maximum} 个字符，或含有无法使用的字符。</translation>
    </message>
    <message>
        <source>The password is longer than {maximum} characters or holds characters that cannot be used.</source>
        <translation>密码超过 {maximum} 个字符，或含有无法使用的字符。</translation>
    </message>
    <message>
        <source>The sender&apos;s address is not a valid e-mail address.</source>
        <translation>发件人地址不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>The language of messages must be one of: {choices}.</source>
        <translation>消息语言必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the site&apos;s secrets key in: set {variable} (32 random bytes in URL-safe Base64) and try again. Nothing was saved.</source>
        <translation>这台电脑没有可保存站点密钥的系统钥匙串：请设置 {variable}（32 个随机字节，URL 安全的 Base64 编码）后重试。未保存任何内容。</translation>
    </message>
    <message>
        <source>{variable} is not a key: it must be 32 bytes in URL-safe Base64. Nothing was saved.</source>
        <translation>{variable} 不是有效密钥：必须是 32 字节、URL 安全的 Base64 编码。未保存任何内容。</translation>
    </message>
    <message>
        <source>This computer does not hold the site&apos;s secrets key, so it cannot use the saved password or signing secret; type it again here, or send from the computer where it was saved.</source>
        <translation>这台电脑没有站点的密钥，无法使用已保存的密码或签名密钥；请在此重新输入，或在保存它的电脑上发送。</translation>
    </message>
    <message>
        <source>There is no channel called {channel}; use one of: {choices}.</source>
        <translation>没有名为 {channel} 的渠道；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <source>The webhook&apos;s address must start with https:// (or http://) and be at most {maximum} characters, with no spaces.</source>
        <translation>Webhook 地址必须以 https://（或 http://）开头，最多 {maximum} 个字符，且不含空格。</translation>
    </message>
    <message>
        <source>The signing secret is longer than {maximum} characters or holds spaces or characters that cannot be used.</source>
        <translation>签名密钥超过 {maximum} 个字符，或含有空格或无法使用的字符。</translation>
    </message>
    <message>
        <source>A signing secret needs the robot&apos;s address too.</source>
        <translation>填写签名密钥时也需要填写机器人地址。</translation>
    </message>
    <message>
        <source>This staff member has no {channel} to send a test to; save one first.</source>
        <translation>该员工没有可发送测试消息的 {channel}；请先保存。</translation>
    </message>
    <message>
        <source>The test message was not delivered: {reason} ({detail}).</source>
        <translation>测试消息未送达：{reason}（{detail}）。</translation>
    </message>
    <message>
        <source>No mail server is set: fill in the mail server&apos;s name first.</source>
        <translation>尚未设置邮件服务器：请先填写邮件服务器名称。</translation>
    </message>
    <message>
        <source>That message is not in the outbox, or it is not waiting to be sent.</source>
        <translation>该消息不在发件箱中，或并非等待发送。</translation>
    </message>
    <message>
        <source>Choose a period: today, this week, month, quarter, year, or a start and end day.</source>
        <translation>请选择时间段：今天、本周、本月、本季度、本年，或填写开始和结束日期。</translation>
    </message>
    <message>
        <source>The period ends before it starts; put the earlier day first.</source>
        <translation>时间段的结束日期早于开始日期；请把较早的日期放在前面。</translation>
    </message>
    <message>
        <source>A report covers at most {longest} days; choose a shorter period.</source>
        <translation>一份报表最多涵盖 {longest} 天；请选择更短的时间段。</translation>
    </message>
    <message>
        <source>Nothing matches this filter (the name is not known); check its spelling.</source>
        <translation>没有与此筛选条件匹配的记录（名称不存在）；请检查拼写。</translation>
    </message>
    <message>
        <source>Count purchases within {shortest} to {longest} days of the first visit.</source>
        <translation>请统计首次来访后 {shortest} 至 {longest} 天内的购买。</translation>
    </message>
</context>
<context>
    <name>Expected</name>
    <message>
        <source>The invitation {code} was already used: {name} checked in at {time}.</source>
        <translation>邀请码 {code} 已使用：{name} 已于 {time} 签到。</translation>
    </message>
    <message>
        <source>The visit of {name} ({code}) was cancelled.</source>
        <translation>{name} 的来访（{code}）已取消。</translation>
    </message>
    <message>
        <source>{name} did not come on {day}; the invitation {code} has expired.</source>
        <translation>{name} 未在 {day} 到访，邀请码 {code} 已失效。</translation>
    </message>
    <message>
        <source>{name} is expected on {day} at {time}, not today ({code}).</source>
        <translation>{name} 的预约时间是 {day} {time}，不是今天（{code}）。</translation>
    </message>
</context>
<context>
    <name>ExpectedModel</name>
    <message>
        <source>Expected</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>{time} late</source>
        <translation>{time} 已迟到</translation>
    </message>
    <message>
        <source>Expected at {time}</source>
        <translation>预约于 {time}</translation>
    </message>
    <message>
        <source>Late: the expected time has passed</source>
        <translation>迟到：已过预约时间</translation>
    </message>
    <message>
        <source>Party of {count}</source>
        <translation>同行 {count} 人</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <source>Visitors expected today</source>
        <translation>今日预约的访客</translation>
    </message>
    <message>
        <source>Guests expected today</source>
        <translation>今日预约的宾客</translation>
    </message>
    <message>
        <source>Check in  (Enter)</source>
        <translation>签到  (Enter)</translation>
    </message>
    <message>
        <source>Check in the selected expected guest</source>
        <translation>为所选的预约宾客签到</translation>
    </message>
    <message>
        <source>Check in the selected expected visitor</source>
        <translation>为所选的预约访客签到</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>取消来访…</translation>
    </message>
    <message>
        <source>Cancel the selected planned visit</source>
        <translation>取消所选的预约来访</translation>
    </message>
    <message>
        <source>Print invitation</source>
        <translation>打印邀请函</translation>
    </message>
    <message>
        <source>Print the invitation of the selected planned visit</source>
        <translation>打印所选预约来访的邀请函</translation>
    </message>
    <message>
        <source>Nobody else is expected today. Plan a visit from the check-in panel.</source>
        <translation>今天没有其他预约。可在签到面板中预约来访。</translation>
    </message>
    <message>
        <source>Enter or a double-click checks in the selected guest.</source>
        <translation>按 Enter 或双击为所选宾客签到。</translation>
    </message>
    <message>
        <source>Enter or a double-click checks in the selected visitor.</source>
        <translation>按 Enter 或双击为所选访客签到。</translation>
    </message>
    <message>
        <source>Late: {late} of {count}.</source>
        <translation>迟到：{count} 人中 {late} 人。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Select an expected guest first.</source>
        <translation>请先选择一位预约宾客。</translation>
    </message>
    <message>
        <source>Select an expected visitor first.</source>
        <translation>请先选择一位预约访客。</translation>
    </message>
    <message>
        <source>Cancel the visit of {name} expected at {time}? The invitation code {code} will no longer work.</source>
        <translation>取消 {name} 预约于 {time} 的来访？邀请码 {code} 将失效。</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消来访</translation>
    </message>
    <message>
        <source>Cancelled the visit of {name} ({code}).</source>
        <translation>已取消 {name} 的来访（{code}）。</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Visit code</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>接待流程</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>已完成步骤</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Can win back</source>
        <translation>可挽回</translation>
    </message>
    <message>
        <source>Win-back by</source>
        <translation>挽回负责人</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Last purchase amount</source>
        <translation>最近购买金额</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Customer ref</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>请先选择要保存的文件。</translation>
    </message>
    <message>
        <source>Exported {count} customers to {file}.</source>
        <translation>已将 {count} 位客户导出到 {file}。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>客户分类：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>客户类型：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export the category</source>
        <translation>导出的客户分类</translation>
    </message>
    <message>
        <source>Export the kind</source>
        <translation>导出的客户类型</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要保存的文件</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>选择要保存的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tables and reports (*.xlsx *.csv *.pdf)</source>
        <translation>表格与报表 (*.xlsx *.csv *.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} / {total} 行</translation>
    </message>
    <message>
        <source>{done} rows written…</source>
        <translation>已写入 {done} 行…</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>已导出 {count} 行到 {file}。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed; no file was written. The log has the details.</source>
        <translation>导出失败，未写入任何文件。详情见日志。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exports what the window shows now, with its filters.</source>
        <translation>按窗口当前的筛选条件导出所显示的内容。</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF 报表（.pdf）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>{rating}: {value} of {highest}</source>
        <translation>{rating}：{value} 分（满分 {highest} 分）</translation>
    </message>
    <message>
        <source>Feedback card — {code}</source>
        <translation>反馈意见卡 — {code}</translation>
    </message>
    <message>
        <source>Visit code</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Overall satisfaction *</source>
        <translation>总体满意度(&amp;O) *</translation>
    </message>
    <message>
        <source>Service &amp;attitude</source>
        <translation>服务态度(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Professionalism</source>
        <translation>专业程度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>办理速度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境(&amp;E)</translation>
    </message>
    <message>
        <source>Would &amp;recommend us ({lowest}–{highest})</source>
        <translation>推荐意愿(&amp;R)（{lowest}–{highest}）</translation>
    </message>
    <message>
        <source>Would recommend us, {lowest} to {highest}</source>
        <translation>推荐意愿，{lowest} 到 {highest}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>意见(&amp;C)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>What the guest wrote on the card</source>
        <translation>宾客在卡片上写的内容</translation>
    </message>
    <message>
        <source>What the visitor wrote on the card</source>
        <translation>访客在卡片上写的内容</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{problem} Entered by {name} on {time}; shown below as it was entered.</source>
        <translation>{problem}由 {name} 于 {time} 录入；以下为当时录入的内容。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Set up the front desk</source>
        <translation>设置前台</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Tell the desk where it is. Visitors see the site&apos;s name on the kiosk, their visit slips and feedback cards. You can change all of this later in Settings.</source>
        <translation>请先填写本前台所在场所的信息。访客会在自助机、来访单和反馈意见卡上看到场所名称。以上内容之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Staff now sign in at the desk, and nobody can administer this site yet. Create the administrator: they add staff and set their passwords or PINs.</source>
        <translation>现在员工需要登录后才能使用前台，而本场所还没有管理员。请先创建管理员：由管理员添加员工并为他们设置密码或 PIN 码。</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Optional, e.g. Reception</source>
        <translation>选填，例如：前台</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>确认密码(&amp;A)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>You are the site&apos;s administrator. Add your colleagues later under Staff, with a password or, for receptionists, a PIN.</source>
        <translation>您将成为本场所的管理员。之后可在“员工”中添加同事，并为其设置密码（前台接待员也可使用 PIN 码）。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Save and open the desk</source>
        <translation>保存并打开前台</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Complaint call-back</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Prospect follow-up</source>
        <translation>潜在客户跟进</translation>
    </message>
    <message>
        <source>VIP care</source>
        <translation>VIP关怀</translation>
    </message>
    <message>
        <source>Satisfaction call-back</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <source>Anniversary greeting</source>
        <translation>纪念日问候</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>挽回客户</translation>
    </message>
</context>
<context>
    <name>FollowUpsSettingsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Follow up a prospect after a visit</source>
        <translation>潜在客户来访后跟进</translation>
    </message>
    <message>
        <source> days after the visit</source>
        <translation> 天（来访后）</translation>
    </message>
    <message>
        <source>Satisfaction call-back after a complaint closes</source>
        <translation>投诉结案后满意度回访</translation>
    </message>
    <message>
        <source> days after closing</source>
        <translation> 天（结案后）</translation>
    </message>
    <message>
        <source>Care calls for VIP customers</source>
        <translation>VIP客户关怀电话</translation>
    </message>
    <message>
        <source>Birthday and anniversary greetings</source>
        <translation>生日和纪念日问候</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天（提前）</translation>
    </message>
    <message>
        <source>Holiday greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Regular call-backs for platinum and gold customers</source>
        <translation>白金和黄金客户定时回访</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>跟进规则</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}：天数</translation>
    </message>
    <message>
        <source>VIP care calls follow each tier&apos;s service standard (Settings → Tiers).</source>
        <translation>VIP关怀电话按各等级的服务标准安排（设置 → 分级）。</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加节日</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>添加一个节日</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>删除节日</translation>
    </message>
    <message>
        <source>Remove the selected holiday</source>
        <translation>删除选中的节日</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Lost after no activity for</source>
        <translation>连续无往来达</translation>
    </message>
    <message>
        <source>Or after their usual interval times</source>
        <translation>或达平时间隔的倍数</translation>
    </message>
    <message>
        <source>Win-back task due after</source>
        <translation>挽回任务期限</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Follow-ups done in the period: {done}   Overdue now: {overdue}&lt;br&gt;Conversion: of {prospects} prospects whose first visit is in the period, {bought} bought within {days} days ({rate}).</source>
        <translation>本期间完成的跟进：{done}   目前超期：{overdue}&lt;br&gt;转化：首次来访在本期间的 {prospects} 位潜在客户中，{bought} 位在 {days} 天内购买（{rate}）。</translation>
    </message>
    <message>
        <source>Follow-ups per staff member: done and overdue</source>
        <translation>每位员工的跟进任务：已完成与超期</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>No follow-ups in this period</source>
        <translation>本期间没有跟进任务</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Choose the site logo</source>
        <translation>选择场所标志</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Whole site (every desk)</source>
        <translation>整个场所（所有前台）</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Site logo</source>
        <translation>场所标志</translation>
    </message>
    <message>
        <source>Printed on visit slips and feedback cards</source>
        <translation>打印在来访单和反馈意见卡上</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the site logo</source>
        <translation>移除场所标志</translation>
    </message>
    <message>
        <source>Loc&amp;k an idle desk after</source>
        <translation>前台闲置多久后锁定(&amp;K)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Minutes without input before a desk locks to its sign-in screen</source>
        <translation>无操作多少分钟后前台锁定并显示登录界面</translation>
    </message>
    <message>
        <source>Every desk of the site locks after this many minutes without a key or a click; what was typed is kept for the person who typed it.</source>
        <translation>本场所的每台前台在这段时间内无键盘或鼠标操作后自动锁定；已输入的内容会为输入者保留。</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>The site&apos;s currency for purchases</source>
        <translation>本店购买记录使用的币种</translation>
    </message>
    <message>
        <source>How purchase amounts are shown at every desk; amounts already recorded keep their numbers.</source>
        <translation>各前台显示购买金额所用的币种；已记录的金额数字不变。</translation>
    </message>
</context>
<context>
    <name>GlanceStrip</name>
    <message>
        <source>At a glance</source>
        <translation>一眼速览</translation>
    </message>
</context>
<context>
    <name>HostCombo</name>
    <message>
        <source>Host who receives the guest</source>
        <translation>负责接待该宾客的员工</translation>
    </message>
    <message>
        <source>Host who receives the visitor</source>
        <translation>负责接待该访客的员工</translation>
    </message>
    <message>
        <source>Type to find a host</source>
        <translation>输入姓名查找接待人</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>无接待人</translation>
    </message>
    <message>
        <source>No active staff member has this name; pick a host from the list.</source>
        <translation>没有使用此姓名的在职员工，请从列表中选择接待人。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The import failed unexpectedly; nothing was written. Try again, or report it.</source>
        <translation>导入意外失败，没有写入任何数据。请重试，或报告此问题。</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} purchases can be imported ({matched} customers found, {created} new customers).</source>
        <translation>已读取 {rows} 行：可导入 {good} 条购买记录（匹配到 {matched} 位已有客户，新建 {created} 位客户）。</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} new customers can be imported.</source>
        <translation>已读取 {rows} 行：可导入 {good} 位新客户。</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported; they are listed below.</source>
        <translation>有 {bad} 行无法导入，列在下方。</translation>
    </message>
    <message>
        <source>Imported {count} purchases: {matched} customers found, {created} new customers added.</source>
        <translation>已导入 {count} 条购买记录：匹配到 {matched} 位已有客户，新增 {created} 位客户。</translation>
    </message>
    <message>
        <source>Imported {count} new customers.</source>
        <translation>已导入 {count} 位新客户。</translation>
    </message>
    <message>
        <source>Import customers or purchases</source>
        <translation>导入客户或购买记录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>No backup of this database was found in its backups folder.</source>
        <translation>在备份文件夹中没有找到此数据库的备份。</translation>
    </message>
    <message>
        <source>The newest backup is from {when}; to put it back, close the desk and run: receptionist restore &quot;{file}&quot;</source>
        <translation>最近一份备份制作于 {when}；如需恢复，请关闭前台窗口后运行：receptionist restore &quot;{file}&quot;</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>No staff PIN</source>
        <translation>未设置员工密码</translation>
    </message>
    <message>
        <source>The kiosk needs a staff PIN to be left again. Set one on the desk (Settings → Kiosk) or with “receptionist-cli kiosk-pin”, then start the kiosk again.</source>
        <translation>自助机需要员工密码才能退出。请先在前台（设置 → 自助机）或用“receptionist-cli kiosk-pin”设置密码，再重新启动自助机。</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>选购咨询</translation>
    </message>
    <message>
        <source>Products, prices and offers</source>
        <translation>了解产品、价格和优惠</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Maintenance, repairs or help with something you bought</source>
        <translation>保养、维修或已购产品的使用帮助</translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation>投诉反馈</translation>
    </message>
    <message>
        <source>Something went wrong and you want it put right</source>
        <translation>遇到问题，希望我们为您解决</translation>
    </message>
    <message>
        <source>Meeting or event</source>
        <translation>会面或活动</translation>
    </message>
    <message>
        <source>An appointment, an event, or a visit to keep in touch</source>
        <translation>预约会面、参加活动或日常拜访</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>欢迎您！</translation>
    </message>
    <message>
        <source>Welcome, {title} {surname}!</source>
        <translation>{surname}{title}，欢迎您！</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Check yourself in here. It takes about a minute.</source>
        <translation>在这里自助签到，大约只需一分钟。</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>我有邀请码</translation>
    </message>
    <message>
        <source>I have no appointment</source>
        <translation>我没有预约</translation>
    </message>
    <message>
        <source>I am leaving — check out</source>
        <translation>我要离开 — 签退</translation>
    </message>
    <message>
        <source>…or scan your invitation or visit slip now</source>
        <translation>…或直接扫描邀请函或来访单</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Scan the code on your visit slip, or type it (V-…).</source>
        <translation>请扫描来访单上的编号，或手动输入（V-…）。</translation>
    </message>
    <message>
        <source>Visit code</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <source>Your invitation</source>
        <translation>您的邀请</translation>
    </message>
    <message>
        <source>Scan the code on your invitation, or type it (I-…).</source>
        <translation>请扫描邀请函上的邀请码，或手动输入（I-…）。</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>{host} expects you at {time} ({purpose}).</source>
        <translation>{host}将于 {time} 接待您（{purpose}）。</translation>
    </message>
    <message>
        <source>You are expected at {time} ({purpose}).</source>
        <translation>您的预约时间是 {time}（{purpose}）。</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Company (optional)</source>
        <translation>公司（选填）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>请问您今天来访的目的是？</translation>
    </message>
    <message>
        <source>Who are you here to see?</source>
        <translation>请问您要找哪位？</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按姓名查找</translation>
    </message>
    <message>
        <source>Nobody by that name. Try part of the name, or choose “I don&apos;t know”.</source>
        <translation>没有找到这个名字。请输入部分姓名，或选择“我不知道”。</translation>
    </message>
    <message>
        <source>I don&apos;t know — anyone at reception</source>
        <translation>我不知道 — 请前台安排</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>您的隐私</translation>
    </message>
    <message>
        <source>What we collect</source>
        <translation>我们收集的信息</translation>
    </message>
    <message>
        <source>Your name, mobile number and company, why you came and whom you visit, and when you arrive and leave.</source>
        <translation>您的姓名、手机号码和公司，来访目的和拜访对象，以及到达和离开的时间。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>To tell your host you are here, to know who is in the building, and to serve you better next time.</source>
        <translation>通知接待人您已到达，掌握楼内人员情况，并在您下次来访时更好地为您服务。</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>I have read this and agree</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Check me in</source>
        <translation>确认签到</translation>
    </message>
    <message>
        <source>I do not agree — I will go to the front desk</source>
        <translation>我不同意 — 我去前台办理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>{greeting} You are checked in.</source>
        <translation>{greeting}签到成功。</translation>
    </message>
    <message>
        <source>Your visit code</source>
        <translation>您的来访编号</translation>
    </message>
    <message>
        <source>Your visit slip is printing — please take it with you.</source>
        <translation>来访单正在打印，请取走随身携带。</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your code: you need it to check out.</source>
        <translation>来访单未能打印。请记下您的编号，签退时需要使用。</translation>
    </message>
    <message>
        <source>The front desk has been told you are here. Please take a seat.</source>
        <translation>前台已收到您到访的通知，请稍坐等候。</translation>
    </message>
    <message>
        <source>We are telling {host} you are here…</source>
        <translation>正在通知{host}您已到达…</translation>
    </message>
    <message>
        <source>{host} has been told you are here. Please take a seat.</source>
        <translation>已通知{host}您已到达，请稍坐等候。</translation>
    </message>
    <message>
        <source>The front desk will let {host} know you are here. Please take a seat.</source>
        <translation>前台会通知{host}您已到达，请稍坐等候。</translation>
    </message>
    <message>
        <source>Thank you for visiting</source>
        <translation>感谢您的来访</translation>
    </message>
    <message>
        <source>You are checked out. Have a good day!</source>
        <translation>您已签退，祝您愉快！</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>员工：退出自助机</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>员工密码</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The system is busy. Please try again in a moment.</source>
        <translation>系统正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Sorry, check-in here is out of service. Please see the front desk.</source>
        <translation>抱歉，本机暂停办理登记，请到前台办理。</translation>
    </message>
    <message>
        <source>For staff: {reason}</source>
        <translation>工作人员请注意：{reason}</translation>
    </message>
    <message>
        <source>Visitor check-in</source>
        <translation>访客自助签到</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Sorry, check-in here is not available right now. Please see the front desk.</source>
        <translation>抱歉，本机暂时无法办理登记，请到前台办理。</translation>
    </message>
    <message>
        <source>For staff: the database server cannot be reached. The kiosk reconnects by itself when it is back.</source>
        <translation>工作人员请注意：无法连接数据库服务器。服务器恢复后，本机会自动重新连接。</translation>
    </message>
    <message>
        <source>Check-in not available</source>
        <translation>暂时无法办理登记</translation>
    </message>
    <message>
        <source>Please scan or type your code.</source>
        <translation>请扫描或输入编号。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again, or see the front desk.</source>
        <translation>抱歉，出了点问题。请重试，或到前台办理。</translation>
    </message>
</context>
<context>
    <name>KioskSettingsPage</name>
    <message>
        <source>End of the day (whole site)</source>
        <translation>下班（全站点）</translation>
    </message>
    <message>
        <source>Self-service kiosk (whole site)</source>
        <translation>自助机（全站点）</translation>
    </message>
    <message>
        <source>&amp;Closing time</source>
        <translation>下班时间(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Idle reset after</source>
        <translation>无操作返回(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Visitor data kept for</source>
        <translation>访客信息保存(&amp;V)</translation>
    </message>
    <message>
        <source>New staff &amp;PIN</source>
        <translation>新员工密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>After this time the desk lists visitors still checked in, for staff to check out. Planned visits not checked in by the end of their day become no-shows.</source>
        <translation>过了这个时间，前台会列出仍处于签到状态的访客，由员工签退。预约来访当天结束仍未签到的，记为未到访。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds without a touch before the kiosk returns to its welcome screen</source>
        <translation>无人操作多少秒后，自助机返回欢迎页</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Months the privacy notice says visitor data is kept</source>
        <translation>隐私声明中写明的访客信息保存月数</translation>
    </message>
    <message>
        <source>A staff PIN is set; leave blank to keep it.</source>
        <translation>已设置员工密码；留空则保持不变。</translation>
    </message>
    <message>
        <source>No PIN yet: set one before using the kiosk.</source>
        <translation>尚未设置密码：使用自助机前请先设置。</translation>
    </message>
    <message>
        <source>These kiosks have a PIN of their own and do not use this one: {names}.</source>
        <translation>以下自助机设有单独的密码，不使用此密码：{names}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{shortest} to {longest} digits; blank keeps the PIN</source>
        <translation>{shortest} 到 {longest} 位数字；留空则保持原密码</translation>
    </message>
    <message>
        <source>New staff PIN for leaving the kiosk</source>
        <translation>退出自助机用的新员工密码</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助机</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题客户</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金客户</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金客户</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>铁客户</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>铅客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售接待</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后接待</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉接待</translation>
    </message>
    <message>
        <source>Relationship care</source>
        <translation>关系维护接待</translation>
    </message>
    <message>
        <source>To close a sale</source>
        <translation>促成销售</translation>
    </message>
    <message>
        <source>Service, repair or support after a purchase</source>
        <translation>购买后的服务、维修或支持</translation>
    </message>
    <message>
        <source>To handle a complaint</source>
        <translation>处理客户投诉</translation>
    </message>
    <message>
        <source>Care visit, event, keeping the relationship warm</source>
        <translation>关怀拜访、参加活动，维系客户关系</translation>
    </message>
    <message>
        <source>Initial reception</source>
        <translation>初次接待</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进接待</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护接待</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商业型客户</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>企业内部客户</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>前台接待员</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到访</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Showroom or sales centre</source>
        <translation>展厅 / 销售中心</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database server cannot be reached, so nothing can be saved right now. What you type is kept; the desk reconnects by itself when the server is back.</source>
        <translation>无法连接数据库服务器，暂时无法保存任何内容。已输入的内容会保留；服务器恢复后，前台会自动重新连接。</translation>
    </message>
    <message>
        <source>Database server unreachable</source>
        <translation>无法连接数据库服务器</translation>
    </message>
</context>
<context>
    <name>LostTexts</name>
    <message>
        <source>No activity for too long</source>
        <translation>长期没有往来</translation>
    </message>
    <message>
        <source>Long past their usual interval</source>
        <translation>远超平时的往来间隔</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Product and service</source>
        <translation>产品和服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>搬迁</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待分析</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>LostWindow</name>
    <message>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>流失记录</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>分析报告</translation>
    </message>
</context>
<context>
    <name>MailServerBox</name>
    <message>
        <source>Mail server (whole site)</source>
        <translation>邮件服务器（全站）</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>加密方式(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Se&amp;nder address</source>
        <translation>发件人地址(&amp;N)</translation>
    </message>
    <message>
        <source>Messages &amp;written in</source>
        <translation>消息语言(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com; blank: no e-mail</source>
        <translation>例如 smtp.example.com；留空则不发电子邮件</translation>
    </message>
    <message>
        <source>Mail server name or address</source>
        <translation>邮件服务器名称或地址</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <source>None (port 25)</source>
        <translation>不加密（端口 25）</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（端口 465）</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>邮件服务器加密方式</translation>
    </message>
    <message>
        <source>blank: the server needs no sign-in</source>
        <translation>留空：服务器无需登录</translation>
    </message>
    <message>
        <source>User name on the mail server</source>
        <translation>邮件服务器的用户名</translation>
    </message>
    <message>
        <source>Password on the mail server</source>
        <translation>邮件服务器的密码</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the saved password</source>
        <translation>删除已保存的密码</translation>
    </message>
    <message>
        <source>e.g. front-desk@example.com</source>
        <translation>例如 front-desk@example.com</translation>
    </message>
    <message>
        <source>Sender address of the messages</source>
        <translation>消息的发件人地址</translation>
    </message>
    <message>
        <source>Language the messages are written in</source>
        <translation>消息使用的语言</translation>
    </message>
    <message>
        <source>No password is saved.</source>
        <translation>尚未保存密码。</translation>
    </message>
    <message>
        <source>The saved password is removed when you save.</source>
        <translation>保存时将删除已保存的密码。</translation>
    </message>
    <message>
        <source>A password is saved; type a new one to replace it.</source>
        <translation>已保存密码；输入新密码即可替换。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Columns of the file and what they are</source>
        <translation>文件的各列及其对应字段</translation>
    </message>
    <message>
        <source>Check what each column of the file holds; columns set to “Not imported” are left out. Then check the rows: nothing is written yet.</source>
        <translation>请确认文件每一列的内容；设为“不导入”的列将被忽略。然后检查数据：此时还不会写入任何内容。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Imported as, column {column}</source>
        <translation>{column} 列导入为</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <source>Keep #{id}</source>
        <translation>保留 #{id}</translation>
    </message>
    <message>
        <source>Merge #{id} into it</source>
        <translation>将 #{id} 并入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
</context>
<context>
    <name>MessagesSettingsPage</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Send a &amp;test e-mail to</source>
        <translation>发送测试邮件给(&amp;T)</translation>
    </message>
    <message>
        <source>Staff member to send the test e-mail to</source>
        <translation>接收测试邮件的员工</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>Send a test e-mail with the mail server as typed</source>
        <translation>用当前填写的邮件服务器发送测试邮件</translation>
    </message>
    <message>
        <source>No staff member has an e-mail address yet: add one below.</source>
        <translation>还没有员工填写电子邮件地址：请在下方添加。</translation>
    </message>
    <message>
        <source>Who is told, and how</source>
        <translation>通知谁，怎样通知</translation>
    </message>
    <message>
        <source>Besides the desk&apos;s list, each person is told by every channel set here (✓: signed with a saved secret). Double-click a person to change theirs; that is saved at once.</source>
        <translation>除前台的通知列表外，每位员工还会通过这里设置的所有渠道收到通知（✓：已保存签名密钥）。双击某人即可修改其渠道，修改会立即保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff and the channels that reach them</source>
        <translation>员工及其通知渠道</translation>
    </message>
    <message>
        <source>Edit channels…</source>
        <translation>编辑渠道…</translation>
    </message>
    <message>
        <source>Edit the chosen person&apos;s channels</source>
        <translation>编辑所选员工的通知渠道</translation>
    </message>
    <message>
        <source>{address}: a signing secret is saved.</source>
        <translation>{address}：已保存签名密钥。</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>目标期间</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the movements to a file</source>
        <translation>将等级变动导出到文件</translation>
    </message>
    <message>
        <source>Customers who moved</source>
        <translation>等级有变动的客户</translation>
    </message>
    <message>
        <source>Compute two periods to compare them.</source>
        <translation>请先计算两个期间，才能进行比较。</translation>
    </message>
    <message>
        <source>{n} customers kept their tier from {before} to {after}.</source>
        <translation>从 {before} 到 {after}，有 {n} 位客户等级不变。</translation>
    </message>
    <message>
        <source>All moves  {n}</source>
        <translation>全部变动  {n}</translation>
    </message>
    <message>
        <source>Show every move</source>
        <translation>显示全部变动</translation>
    </message>
    <message>
        <source>Show {group}</source>
        <translation>显示{group}</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>导出等级变动</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {n} movements to {file}.</source>
        <translation>已将 {n} 条变动导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications ({count})</source>
        <translation>通知（{count}）</translation>
    </message>
    <message>
        <source>Guests who checked in at the kiosk; VIP and problem customers flash until seen</source>
        <translation>在自助机签到的宾客；VIP 和问题客户会闪烁提醒，直到标为已读</translation>
    </message>
    <message>
        <source>Visitors who checked in at the kiosk; VIP and problem customers flash until seen</source>
        <translation>在自助机签到的访客；VIP 和问题客户会闪烁提醒，直到标为已读</translation>
    </message>
    <message>
        <source>Notifications, {count} unseen</source>
        <translation>通知，{count} 条未读</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{visitor} is here (kiosk): possible returning customer — confirm</source>
        <translation>{visitor} 已到（自助机）：疑似老客户，请确认</translation>
    </message>
    <message>
        <source>{visitor} is here for {host} (kiosk)</source>
        <translation>{visitor} 已到达，找 {host}（自助机）</translation>
    </message>
    <message>
        <source>{visitor} is here (kiosk)</source>
        <translation>{visitor} 已到达（自助机）</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Guests who checked in at the kiosk, newest first</source>
        <translation>在自助机签到的宾客，最新的在前</translation>
    </message>
    <message>
        <source>Visitors who checked in at the kiosk, newest first</source>
        <translation>在自助机签到的访客，最新的在前</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark the selected notifications seen</source>
        <translation>将所选通知标为已读</translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Mark every notification seen</source>
        <translation>将所有通知标为已读</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the notifications</source>
        <translation>关闭通知</translation>
    </message>
    <message>
        <source>{unseen} unseen · VIP and problem customers are highlighted</source>
        <translation>{unseen} 条未读 · VIP 和问题客户已突出显示</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time}，{name}</translation>
    </message>
    <message>
        <source>{visitor} (possible returning customer — confirm)</source>
        <translation>{visitor}（疑似老客户，请确认）</translation>
    </message>
</context>
<context>
    <name>OnSiteBoard</name>
    <message>
        <source>People on site now</source>
        <translation>当前在场人员</translation>
    </message>
    <message>
        <source>Visit code, then Enter to check out</source>
        <translation>输入来访编号，按 Enter 签退</translation>
    </message>
    <message>
        <source>Visit code to check out</source>
        <translation>要签退的来访编号</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Check out the selected visit ({key})</source>
        <translation>为所选来访签退（{key}）</translation>
    </message>
    <message>
        <source>Check out the selected visit</source>
        <translation>为所选来访签退</translation>
    </message>
    <message>
        <source>Playbook of the selected visit</source>
        <translation>所选来访的接待策略</translation>
    </message>
    <message>
        <source>Print the feedback card of the selected visit</source>
        <translation>打印所选来访的反馈意见卡</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>打印反馈意见卡</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview the slip and card of the selected visit</source>
        <translation>预览所选来访的来访单和反馈意见卡</translation>
    </message>
    <message>
        <source>On site now ({count})</source>
        <translation>当前在场（{count}）</translation>
    </message>
    <message>
        <source>Playbook: select a visit above</source>
        <translation>接待策略：请在上方选择一条来访</translation>
    </message>
    <message>
        <source>Playbook for {name} ({code})</source>
        <translation>{name}（{code}）的接待策略</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>重新打印来访单</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印来访单</translation>
    </message>
    <message>
        <source>Print the visit slip of the selected visit again</source>
        <translation>再次打印所选来访的来访单</translation>
    </message>
    <message>
        <source>Print the visit slip of the selected visit</source>
        <translation>打印所选来访的来访单</translation>
    </message>
    <message>
        <source>Select a visit on the board, or type its code.</source>
        <translation>请在看板上选择一条来访，或输入其编号。</translation>
    </message>
    <message>
        <source>{code} ({name}) is not on site.</source>
        <translation>{code}（{name}）不在场。</translation>
    </message>
</context>
<context>
    <name>OnSiteModel</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Here for</source>
        <translation>已停留</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>Open complaint: see the complaint before receiving them</source>
        <translation>有未结投诉：接待前请先查看投诉情况</translation>
    </message>
    <message>
        <source>Possible returning customer {name} — confirm</source>
        <translation>疑似老客户 {name}，请确认</translation>
    </message>
    <message>
        <source>Since {time}</source>
        <translation>到达：{time}</translation>
    </message>
    <message>
        <source>Party of {count}</source>
        <translation>同行 {count} 人</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>房间：{room}</translation>
    </message>
    <message>
        <source>{visitor} → {customer}?</source>
        <translation>{visitor} → {customer}？</translation>
    </message>
</context>
<context>
    <name>OpenComplaintDialog</name>
    <message>
        <source>Open a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>投诉主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>详细情况(&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>投诉渠道(&amp;H)</translation>
    </message>
    <message>
        <source>H&amp;andler</source>
        <translation>处理人(&amp;A)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>投诉主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>In a few words: what is the complaint about?</source>
        <translation>简要说明：客户投诉什么？</translation>
    </message>
    <message>
        <source>The visit&apos;s host</source>
        <translation>本次来访的接待人</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>我（{name}）</translation>
    </message>
    <message>
        <source>Open the complaint</source>
        <translation>登记投诉</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>通过电子邮件</translation>
    </message>
    <message>
        <source>on WeCom</source>
        <translation>通过企业微信</translation>
    </message>
    <message>
        <source>on DingTalk</source>
        <translation>通过钉钉</translation>
    </message>
    <message>
        <source>on Feishu</source>
        <translation>通过飞书</translation>
    </message>
    <message>
        <source>by webhook</source>
        <translation>通过 Webhook</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到访通知</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>每日任务</translation>
    </message>
    <message>
        <source>Complaint overdue</source>
        <translation>投诉逾期</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>客户挽回</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>a former staff member</source>
        <translation>一位已离职员工</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Could not reach {name} {channel}: {reason} — given up</source>
        <translation>无法{channel}联系{name}：{reason}——已放弃</translation>
    </message>
    <message>
        <source>Could not reach {name} {channel}: {reason} — trying again</source>
        <translation>无法{channel}联系{name}：{reason}——稍后重试</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sending failed just now; it is tried again in a few seconds.</source>
        <translation>刚才发送失败，几秒后会自动重试。</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>没有需要发送的消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>已发送 %n 条消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered.</source>
        <translation>
            <numerusform>%n 条未能送达。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Only what is waiting</source>
        <translation>只看等待发送的</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Send what is due now instead of in a few seconds</source>
        <translation>立即发送到期的消息，而不是等几秒</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send the selected given-up message once more</source>
        <translation>再次发送选中的已放弃消息</translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation>最近一次发送</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>记录回访结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped (give the reason)</source>
        <translation>跳过（请写明原因）</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>备注或原因</translation>
    </message>
    <message>
        <source>What came of it, or why it was skipped</source>
        <translation>回访结果如何，或为什么跳过</translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message numerus="yes">
        <source>%n complaint(s) overdue</source>
        <translation>
            <numerusform>%n 件投诉已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the overdue complaints</source>
        <translation>查看已超时的投诉</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>预约来访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Expected</source>
        <translation>预约时间(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>接待人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>Party si&amp;ze</source>
        <translation>来访人数(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Expected day</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Expected time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Choose why they come</source>
        <translation>选择来访目的</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional, for the host</source>
        <translation>选填，供接待人参考</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Plan the visit</source>
        <translation>保存预约</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Visit planned</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Give the guest this invitation code: they type or scan it at the kiosk or the desk on the day.</source>
        <translation>请把邀请码交给宾客：来访当天在自助机或前台输入或扫描即可签到。</translation>
    </message>
    <message>
        <source>Give the visitor this invitation code: they type or scan it at the kiosk or the desk on the day.</source>
        <translation>请把邀请码交给访客：来访当天在自助机或前台输入或扫描即可签到。</translation>
    </message>
    <message>
        <source>Print invitation</source>
        <translation>打印邀请函</translation>
    </message>
    <message>
        <source>Print the invitation</source>
        <translation>打印邀请函</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{name} is expected on {day} at {time}.</source>
        <translation>{name} 预约于 {day} {time} 来访。</translation>
    </message>
    <message>
        <source>Host: {host}.</source>
        <translation>接待人：{host}。</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit.</source>
        <translation>请选择来访目的。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows listed</source>
        <translation>只导入正确的行，跳过下面列出的行</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <source>Print preview — {code}</source>
        <translation>打印预览 — {code}</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>单据(&amp;D)</translation>
    </message>
    <message>
        <source>Paper &amp;format</source>
        <translation>纸张规格(&amp;F)</translation>
    </message>
    <message>
        <source>Visit slip</source>
        <translation>来访单</translation>
    </message>
    <message>
        <source>Feedback card</source>
        <translation>反馈意见卡</translation>
    </message>
    <message>
        <source>Document to preview</source>
        <translation>要预览的单据</translation>
    </message>
    <message>
        <source>Paper format</source>
        <translation>纸张规格</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>打印此单据</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>关闭预览</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>打印效果预览</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>Label 62 × 100 mm</source>
        <translation>标签 62 × 100 毫米</translation>
    </message>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>80 毫米小票卷纸</translation>
    </message>
    <message>
        <source>A6 card (105 × 148 mm)</source>
        <translation>A6 卡片（105 × 148 毫米）</translation>
    </message>
    <message>
        <source>A5 sheet (148 × 210 mm)</source>
        <translation>A5 纸（148 × 210 毫米）</translation>
    </message>
</context>
<context>
    <name>PrintSettingsPage</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No printer — save a PDF</source>
        <translation>不打印 — 保存为 PDF</translation>
    </message>
    <message>
        <source>{printer} (not available now)</source>
        <translation>{printer}（当前不可用）</translation>
    </message>
    <message>
        <source>Visit slip</source>
        <translation>来访单</translation>
    </message>
    <message>
        <source>Feedback card</source>
        <translation>反馈意见卡</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>打印机(&amp;R)</translation>
    </message>
    <message>
        <source>Paper &amp;format</source>
        <translation>纸张规格(&amp;F)</translation>
    </message>
    <message>
        <source>Paper f&amp;ormat</source>
        <translation>纸张规格(&amp;O)</translation>
    </message>
    <message>
        <source>Printer for the {document}</source>
        <translation>{document}的打印机</translation>
    </message>
    <message>
        <source>Paper format for the {document}</source>
        <translation>{document}的纸张规格</translation>
    </message>
    <message>
        <source>Print the visit slip automatically at check-in</source>
        <translation>登记来访时自动打印来访单</translation>
    </message>
    <message>
        <source>Print the feedback card at check-out</source>
        <translation>签退时打印反馈意见卡</translation>
    </message>
    <message>
        <source>When a print fails, the PDF is saved instead and the desk shows where.</source>
        <translation>打印失败时改为保存 PDF，前台界面会显示保存位置。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: documents are saved as PDF files you can print later.</source>
        <translation>本机未安装打印机：单据将保存为 PDF 文件，可稍后打印。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>本机未安装打印机。</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not available on this computer.</source>
        <translation>本机无法使用打印机“{printer}”。</translation>
    </message>
    <message>
        <source>The printer “{printer}” reported an error.</source>
        <translation>打印机“{printer}”报告了错误。</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>已发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>立即匿名化</translation>
    </message>
    <message>
        <source>Anonymise every customer with no visit for {months} months now? Their names, phones, companies and notes are erased for good; visit counts stay.</source>
        <translation>现在就将 {months} 个月内没有来访的客户全部匿名化吗？他们的姓名、电话、公司和备注将被永久删除，来访次数保留。</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>正在匿名化…</translation>
    </message>
    <message>
        <source>The retention job could not run; check the connection and try again.</source>
        <translation>保存期限清理未能运行；请检查连接后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with no visit since {date} would be anonymised.</source>
        <translation>
            <numerusform>{date} 以来没有来访的 %n 位客户将被匿名化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with no visit since {date} were anonymised.</source>
        <translation>
            <numerusform>已将 {date} 以来没有来访的 %n 位客户匿名化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Customers with no visit for {months} months are anonymised every day: the period the kiosk&apos;s privacy notice states (change it on the Kiosk tab).</source>
        <translation>超过 {months} 个月没有来访的客户每天自动匿名化；这个期限就是自助机隐私说明中写明的期限（在“自助机”页修改）。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Show who retention would anonymise now</source>
        <translation>查看现在会被匿名化的客户</translation>
    </message>
    <message>
        <source>Anonymise now…</source>
        <translation>立即匿名化…</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>立即执行保存期限清理</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>{site} keeps it for %n month(s) after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</source>
        <translation>
            <numerusform>{site}在您最后一次来访后保存 %n 个月，不会提供给任何第三方。如需查看或删除，请联系前台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We keep it for %n month(s) after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</source>
        <translation>
            <numerusform>我们在您最后一次来访后保存 %n 个月，不会提供给任何第三方。如需查看或删除，请联系前台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
</context>
<context>
    <name>PurchasesView</name>
    <message>
        <source>Purchase amounts are shown to managers; the tier shows the value.</source>
        <translation>购买金额仅对经理显示；客户价值请看等级。</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>尚无购买记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), %1 in total; the last on %2.</source>
        <translation>
            <numerusform>共 %n 笔购买，合计 %1；最近一次在 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to existing customer?</source>
        <translation>转为现有客户？</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first purchase. Move them from prospect to existing customer?</source>
        <translation>这是该客户的首次购买。是否将其从潜在客户转为现有客户？</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Category not changed</source>
        <translation>客户类别未更改</translation>
    </message>
    <message>
        <source>Correct purchase</source>
        <translation>更正购买记录</translation>
    </message>
    <message>
        <source>Correct amount:</source>
        <translation>正确金额：</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>更正原因：</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>删除购买记录</translation>
    </message>
    <message>
        <source>Reason for deleting it:</source>
        <translation>删除原因：</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>e.g. 1280.50; a refund: -20</source>
        <translation>例如 1280.50；退款填 -20</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Purchase note</source>
        <translation>购买备注</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>单号(&amp;R)</translation>
    </message>
    <message>
        <source>Purchase reference</source>
        <translation>购买单号</translation>
    </message>
    <message>
        <source>e.g. invoice number (optional)</source>
        <translation>例如发票号（可不填）</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the chosen purchase</source>
        <translation>更正所选购买记录</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the chosen purchase</source>
        <translation>删除所选购买记录</translation>
    </message>
    <message>
        <source>The customer&apos;s purchases, newest first</source>
        <translation>客户的购买记录，最新的在前</translation>
    </message>
    <message>
        <source>Purchases summary</source>
        <translation>购买汇总</translation>
    </message>
</context>
<context>
    <name>RecomputeDialog</name>
    <message>
        <source>Recompute tiers</source>
        <translation>重新计算分级</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Period to recompute</source>
        <translation>要重新计算的期间</translation>
    </message>
    <message>
        <source>A year such as 2026 (or a quarter such as 2026-Q1 when the site counts quarters). The period&apos;s earlier results are kept and can be re-opened.</source>
        <translation>填写年份，如 2026（本站按季度计算时也可填季度，如 2026-Q1）。该期间以前的结果会保留，可以重新打开查看。</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Start the recompute</source>
        <translation>开始重新计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the recompute</source>
        <translation>取消重新计算</translation>
    </message>
    <message>
        <source>Recompute progress</source>
        <translation>重新计算进度</translation>
    </message>
    <message>
        <source>Reading the period&apos;s purchases…</source>
        <translation>正在读取该期间的购买记录…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Writing the results: {done} of {total}</source>
        <translation>正在写入结果：{done} / {total}</translation>
    </message>
    <message>
        <source>The recompute failed; nothing was changed. Try again, or see the log.</source>
        <translation>重新计算失败，未做任何更改。请重试，或查看日志。</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号，或带区号的座机号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Register the customer (Enter)</source>
        <translation>登记该客户（Enter）</translation>
    </message>
    <message>
        <source>Save the new customer</source>
        <translation>保存新客户</translation>
    </message>
    <message>
        <source>Use this customer (Enter)</source>
        <translation>使用该客户（Enter）</translation>
    </message>
    <message>
        <source>Use the customer this phone number belongs to</source>
        <translation>使用该电话号码所属的客户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>返回搜索结果（Esc）</translation>
    </message>
    <message>
        <source>Cancel registering</source>
        <translation>取消登记</translation>
    </message>
    <message>
        <source>{phone} already belongs to {name}.</source>
        <translation>{phone} 已登记在 {name} 名下。</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Detected &amp;since:</source>
        <translation>发现日期自(&amp;S)：</translation>
    </message>
    <message>
        <source>Only reviews detected since a day</source>
        <translation>只统计某日以来发现的流失客户</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>报告的起始日期</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>按流失原因</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>按竞争对手</translation>
    </message>
    <message>
        <source>Lost customers by reason</source>
        <translation>按原因统计的流失客户</translation>
    </message>
    <message>
        <source>Lost customers by competitor</source>
        <translation>按竞争对手统计的流失客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失销售额</translation>
    </message>
    <message>
        <source>Revenue lost: each customer&apos;s purchases in the year up to their last activity. Managers see this report here; sending it by e-mail to the responsible department&apos;s manager is not available yet.</source>
        <translation>流失销售额：每位客户最后一次往来之前一年内的购买金额。经理可在此查看本报告；通过电子邮件发送给相关部门经理的功能暂未提供。</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Export the lost-customer report</source>
        <translation>导出流失客户报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {n} rows to {file}.</source>
        <translation>已导出 {n} 行到 {file}。</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;Computed:</source>
        <translation>计算记录(&amp;C)：</translation>
    </message>
    <message>
        <source>Which computation of the period</source>
        <translation>该期间的哪一次计算</translation>
    </message>
    <message>
        <source>Every recompute of the period is kept; the one in force is marked current</source>
        <translation>该期间的每次计算都会保留；现行的一次标为“现行”</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Show one tier</source>
        <translation>只显示一个等级</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Recompute…</source>
        <translation>重新计算…</translation>
    </message>
    <message>
        <source>Recompute a period&apos;s tiers</source>
        <translation>重新计算某一期间的分级</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the result shown</source>
        <translation>导出当前显示的结果</translation>
    </message>
    <message>
        <source>Customers by rank</source>
        <translation>按排名列出的客户</translation>
    </message>
    <message>
        <source>No tiers have been computed yet. Recompute a period to rank its customers.</source>
        <translation>还没有计算过分级。请重新计算一个期间，为其客户排名。</translation>
    </message>
    <message>
        <source>someone no longer on the staff</source>
        <translation>已离职的员工</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}，{who}</translation>
    </message>
    <message>
        <source>{run} (current)</source>
        <translation>{run}（现行）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Export the tiers</source>
        <translation>导出客户分级</translation>
    </message>
    <message>
        <source>tiers-{period}</source>
        <translation>客户分级-{period}</translation>
    </message>
    <message>
        <source>The result could not be read; choose the run again.</source>
        <translation>无法读取该结果，请重新选择一次计算。</translation>
    </message>
    <message>
        <source>{n} customers ranked</source>
        <translation>共 {n} 位客户参与排名</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Which reviews to show</source>
        <translation>显示哪些记录</translation>
    </message>
    <message>
        <source>&amp;Detect lost customers</source>
        <translation>查找流失客户(&amp;D)</translation>
    </message>
    <message>
        <source>Detect lost customers</source>
        <translation>查找流失客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the reviews shown</source>
        <translation>导出当前显示的分析</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近往来</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>判定规则</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>历年等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lost-customer reviews</source>
        <translation>流失客户记录</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>最近往来</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>流失分析</translation>
    </message>
    <message>
        <source>&amp;Went to:</source>
        <translation>流向(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Competitor they went to</source>
        <translation>客户转向的竞争对手</translation>
    </message>
    <message>
        <source>A competitor&apos;s name</source>
        <translation>竞争对手名称</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Note on the reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>We can &amp;win them back</source>
        <translation>可以挽回(&amp;W)</translation>
    </message>
    <message>
        <source>We can win them back</source>
        <translation>可以挽回</translation>
    </message>
    <message>
        <source>Who is best placed to win them back</source>
        <translation>最适合负责挽回的人</translation>
    </message>
    <message>
        <source>&amp;Save analysis</source>
        <translation>保存分析(&amp;S)</translation>
    </message>
    <message>
        <source>Save the analysis</source>
        <translation>保存分析</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened in the end</source>
        <translation>最终结果如何</translation>
    </message>
    <message>
        <source>Won &amp;back</source>
        <translation>已挽回(&amp;B)</translation>
    </message>
    <message>
        <source>Close as won back</source>
        <translation>以“已挽回”结案</translation>
    </message>
    <message>
        <source>&amp;Lost for good</source>
        <translation>确认流失(&amp;L)</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>以“已流失”结案</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Export the lost-customer reviews</source>
        <translation>导出流失客户分析</translation>
    </message>
    <message>
        <source>lost-customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>已删除的客户</translation>
    </message>
    <message>
        <source>Choose a review to see the customer&apos;s last contacts.</source>
        <translation>选择一条记录，查看该客户最近的往来。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name} · {phone}
Last visits: {visits}
Last purchase: {bought}</source>
        <translation>{name} · {phone}
最近来访：{visits}
最近购买：{bought}</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) newly detected as lost.</source>
        <translation>
            <numerusform>新发现 %n 位流失客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. {owner} has a win-back task.</source>
        <translation>已保存。已为 {owner} 创建挽回任务。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The review is closed.</source>
        <translation>该记录已结案。</translation>
    </message>
</context>
<context>
    <name>RollCallWindow</name>
    <message>
        <source>Roll call — evacuation list</source>
        <translation>点名 — 紧急疏散名单</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>Everyone on site, by host: tick who is found</source>
        <translation>在场全部人员（按接待人分组）：找到一位勾选一位</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read who is on site again; the ticks of people still here stay</source>
        <translation>重新读取在场人员；仍在场人员的勾选保留</translation>
    </message>
    <message>
        <source>Tick each visitor as they are found (Space ticks the selected line; a host&apos;s line ticks all of theirs). The ticks stay in this window only: they are not saved, and closing the window forgets them.</source>
        <translation>每找到一位访客就勾选一位（空格键勾选当前行；勾选接待人一行即勾选其全部访客）。勾选只保留在本窗口：不会存入系统，关闭窗口后即清除。</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>People accounted for</source>
        <translation>已确认人数</translation>
    </message>
    <message>
        <source>on site at {time}</source>
        <translation>{time} 在场</translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation>接待人：{name}</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>无接待人</translation>
    </message>
    <message>
        <source>{name} (room {room})</source>
        <translation>{name}（房间 {room}）</translation>
    </message>
    <message>
        <source>{done} of {total} accounted for</source>
        <translation>已确认 {done} / {total}</translation>
    </message>
    <message>
        <source>Nobody is on site.</source>
        <translation>目前无人在场。</translation>
    </message>
    <message>
        <source>People (with their parties): {done} of {total}</source>
        <translation>人数（含同行人员）：{done} / {total}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Read at {time}</source>
        <translation>读取于 {time}</translation>
    </message>
    <message>
        <source>Could not read the list; the one shown is kept.</source>
        <translation>无法读取名单；保留当前显示的名单。</translation>
    </message>
    <message>
        <source>Close the roll call</source>
        <translation>关闭点名</translation>
    </message>
    <message>
        <source>Not everyone is ticked off. Close anyway? The ticks are not saved.</source>
        <translation>还有人员未勾选。仍要关闭吗？勾选不会保存。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>Feedback: {n}   Overall: {overall} / 5   Recommend: {recommend} / 10   Recommend score (NPS): {nps}</source>
        <translation>反馈：{n}   总体满意度：{overall} / 5   推荐意愿：{recommend} / 10   净推荐值（NPS）：{nps}</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>本期间没有反馈</translation>
    </message>
    <message>
        <source>Average ratings</source>
        <translation>各项平均评分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Promoters, passives, detractors</source>
        <translation>推荐者、中立者、贬损者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Overall rating, trend</source>
        <translation>总体满意度趋势</translation>
    </message>
    <message>
        <source>Recommend score, trend</source>
        <translation>净推荐值趋势</translation>
    </message>
    <message>
        <source>Lowest-rated hosts and purposes (at least {n} feedback each), with their latest comments</source>
        <translation>评分最低的接待人和来访事由（每项至少 {n} 份反馈）及最近的意见</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈份数</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Latest comments</source>
        <translation>最近的意见</translation>
    </message>
    <message>
        <source>None with enough feedback in this period</source>
        <translation>本期间没有反馈足够的对象</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find a {visitor}</source>
        <translation>查找{visitor}</translation>
    </message>
    <message>
        <source>Name, phone, company or code</source>
        <translation>姓名、电话、公司或编号</translation>
    </message>
    <message>
        <source>Name, phone or its last 4 digits, pinyin initials, company, visit code or invitation code</source>
        <translation>姓名、电话或手机尾号 4 位、拼音首字母、公司、来访编号或邀请码</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <source>Register a new customer ({key})</source>
        <translation>登记新客户（{key}）</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>登记新客户</translation>
    </message>
    <message>
        <source>Type to search; Down moves into the list, Enter picks.</source>
        <translation>输入即可搜索；按下方向键进入列表，按 Enter 选择。</translation>
    </message>
    <message>
        <source>Enter checks out {code} ({name}).</source>
        <translation>按 Enter 为 {code}（{name}）签退。</translation>
    </message>
    <message>
        <source>Enter opens the feedback form of {code} ({name}).</source>
        <translation>按 Enter 打开 {code}（{name}）的反馈表。</translation>
    </message>
    <message>
        <source>{code} ({name}) is no longer on site.</source>
        <translation>{code}（{name}）已不在场。</translation>
    </message>
    <message>
        <source>Enter checks in {name}, expected at {time}.</source>
        <translation>按 Enter 为 {name} 签到（预约 {time}）。</translation>
    </message>
    <message>
        <source>No match. Press Ctrl+N to register a new customer.</source>
        <translation>没有匹配的客户。按 Ctrl+N 登记新客户。</translation>
    </message>
    <message>
        <source>Enter picks the highlighted customer.</source>
        <translation>按 Enter 选择高亮的客户。</translation>
    </message>
    <message>
        <source>{code} ({name}) already left at {time}.</source>
        <translation>{code}（{name}）已于 {time} 离开。</translation>
    </message>
    <message>
        <source>Feedback for {code} ({name}) saved.</source>
        <translation>已保存 {code}（{name}）的反馈。</translation>
    </message>
    <message>
        <source>Registered {name}.</source>
        <translation>已登记 {name}。</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书文件 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Paste a &amp;URL</source>
        <translation>粘贴地址(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>TLS(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>CA 证书(&amp;C)</translation>
    </message>
    <message>
        <source>Server address as a URL</source>
        <translation>以网址形式填写的服务器地址</translation>
    </message>
    <message>
        <source>name or address, e.g. db.example.com</source>
        <translation>名称或地址，例如 db.example.com</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation>服务器上的数据库名称</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>服务器上的用户名</translation>
    </message>
    <message>
        <source>blank keeps a password saved earlier</source>
        <translation>留空则保留之前保存的密码</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>密码保存在本机的系统密钥环中，不会写入任何文件。</translation>
    </message>
    <message>
        <source>No keyring on this computer: leave the password empty and put it in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>本机没有可用的系统密钥环：请将密码留空，改为写入 ~/.pgpass（Windows 上为 %APPDATA%\postgresql\pgpass.conf）。</translation>
    </message>
    <message>
        <source>disable — no encryption</source>
        <translation>disable — 不加密</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server offers it</source>
        <translation>prefer — 服务器支持时加密</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — 始终加密</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — 加密并验证服务器证书</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>optional: the file your administrator gave you</source>
        <translation>可选：管理员提供的证书文件</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>{name} locked the desk; what was typed is kept for them.</source>
        <translation>{name} 锁定了前台，其输入的内容已为其保留。</translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation>请登录后使用前台。</translation>
    </message>
    <message>
        <source>&amp;Recently at this desk</source>
        <translation>最近在本前台登录(&amp;R)</translation>
    </message>
    <message>
        <source>Recently at this desk</source>
        <translation>最近在本前台登录的员工</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name, type your PIN, Enter</source>
        <translation>按 ↑ ↓ 选择姓名，输入 PIN 码后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>密码或 PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN 码</translation>
    </message>
</context>
<context>
    <name>SiteFields</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation>场所名称(&amp;S)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>As visitors know it, e.g. Star Motors</source>
        <translation>访客熟悉的名称，例如：星辰汽车展厅</translation>
    </message>
    <message>
        <source>&amp;Kind of site</source>
        <translation>场所类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>At a hotel, visitors are called guests and a room number can be recorded with each visit.</source>
        <translation>在酒店，访客称为“宾客”，每次来访可登记房间号。</translation>
    </message>
</context>
<context>
    <name>SpecialDatesEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Date (MM-DD or YYYY-MM-DD)</source>
        <translation>日期（月-日 或 年-月-日）</translation>
    </message>
    <message>
        <source>Special dates</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Add a special date</source>
        <translation>添加纪念日</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Remove the selected special date</source>
        <translation>删除所选纪念日</translation>
    </message>
    <message>
        <source>Kind of special date</source>
        <translation>纪念日类型</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>{name} can now sign in with the new password or PIN.</source>
        <translation>{name} 现在可以用新的密码或 PIN 码登录了。</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>This is you at the desk; choose someone else at the desk first.</source>
        <translation>这是当前在前台操作的您本人；请先切换为其他值班员工。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>员工列表</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>部门(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>New pass&amp;word or PIN</source>
        <translation>新密码或 PIN 码(&amp;W)</translation>
    </message>
    <message>
        <source>New password or PIN of the selected member</source>
        <translation>所选员工的新密码或 PIN 码</translation>
    </message>
    <message>
        <source>A PIN of 4-8 digits (receptionists), else at least 8 characters</source>
        <translation>PIN 码为 4-8 位数字（仅限前台接待员），密码至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Set the password or PIN</source>
        <translation>设置密码或 PIN 码</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Cannot sign in yet</source>
        <translation>尚不能登录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>登录方式</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Kiosk ({computer})</source>
        <translation>自助机（{computer}）</translation>
    </message>
    <message>
        <source>Desk ({computer})</source>
        <translation>前台（{computer}）</translation>
    </message>
    <message>
        <source>This station cannot start</source>
        <translation>本工作站无法启动</translation>
    </message>
</context>
<context>
    <name>StationBox</name>
    <message>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>工作站名称(&amp;N)</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>e.g. Front desk, 2nd floor desk</source>
        <translation>例如：总台、二楼前台</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind of station</source>
        <translation>工作站类型</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>位置(&amp;O)</translation>
    </message>
    <message>
        <source>Location of this station</source>
        <translation>本工作站的位置</translation>
    </message>
    <message>
        <source>Where it is, e.g. Lobby, ground floor</source>
        <translation>所在位置，例如：一楼大堂</translation>
    </message>
    <message>
        <source>Visits checked in here record this station. Every desk and kiosk of the site has a name of its own.</source>
        <translation>在此登记的来访都会记录本工作站。场所内每个前台和自助机都有各自的名称。</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>Note of the step</source>
        <translation>本步记录</translation>
    </message>
    <message>
        <source>What was said or done (required)</source>
        <translation>说了什么、做了什么（必填）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>标记本步完成</translation>
    </message>
    <message>
        <source>The customer says it is resolved</source>
        <translation>客户确认已解决</translation>
    </message>
    <message>
        <source>The customer says it is not resolved</source>
        <translation>客户表示未解决</translation>
    </message>
    <message>
        <source>You handle this complaint: someone else must make the call-back and record the customer&apos;s answer.</source>
        <translation>您是这件投诉的处理人：回访须由其他同事进行，并记录客户的答复。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <source>the customer says it is resolved</source>
        <translation>客户确认已解决</translation>
    </message>
    <message>
        <source>Reopened by {who}, {when}: {reason}</source>
        <translation>{who}于{when}重新打开：{reason}</translation>
    </message>
    <message>
        <source>Call-back by {who}, {when}: not resolved. {reason}</source>
        <translation>{who}于{when}回访：未解决。{reason}</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>The tiers suggest these category changes. Nothing changes until you confirm: each confirmation is a category change recorded with its reason.</source>
        <translation>根据分级结果，建议以下类别更改。确认之前不会有任何更改；每次确认都会作为一次类别更改记录，并附上原因。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer ref</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Category now</source>
        <translation>当前类别</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Suggested category changes</source>
        <translation>建议的类别更改</translation>
    </message>
    <message>
        <source>Confirm all…</source>
        <translation>全部确认…</translation>
    </message>
    <message>
        <source>Confirm every suggestion</source>
        <translation>确认全部建议</translation>
    </message>
    <message>
        <source>Nothing to confirm: the categories agree with the tiers.</source>
        <translation>没有需要确认的建议：客户类别与分级一致。</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n selected</source>
        <translation>
            <numerusform>确认所选的 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the selected suggestions</source>
        <translation>确认所选建议</translation>
    </message>
    <message numerus="yes">
        <source>Change the category of all %n customers as suggested? Each change is recorded with its reason.</source>
        <translation>
            <numerusform>按建议更改全部 %n 位客户的类别吗？每次更改都会记录原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm all suggestions</source>
        <translation>确认全部建议</translation>
    </message>
    <message numerus="yes">
        <source>Changed the category of %n customers.</source>
        <translation>
            <numerusform>已更改 %n 位客户的类别。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierStandard</name>
    <message>
        <source>contact every {days} days</source>
        <translation>每 {days} 天联系一次</translation>
    </message>
    <message>
        <source>holiday gifts for {who}</source>
        <translation>节日礼品送给{who}</translation>
    </message>
    <message>
        <source>holiday gifts</source>
        <translation>节日送礼品</translation>
    </message>
    <message>
        <source>no holiday gifts</source>
        <translation>节日不送礼品</translation>
    </message>
    <message>
        <source>{tier} {stars} ({period})</source>
        <translation>{tier} {stars}（{period}）</translation>
    </message>
    <message>
        <source>{head}: {standard}</source>
        <translation>{head}：{standard}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>TiersSettingsPage</name>
    <message>
        <source>How customers are ranked (whole site)</source>
        <translation>客户排名规则（全站）</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Share of {tier}</source>
        <translation>{tier}所占比例</translation>
    </message>
    <message>
        <source>Of the customers with revenue in a period, the top share is platinum, the next gold, then iron; the rest are lead. The four must add up to 100 %.</source>
        <translation>在期间内有销售额的客户中，排名最前的一部分为白金客户，其次为黄金客户，再次为铁客户，其余为铅客户。四项之和必须为 100 %。</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>自然年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Tiers are computed per</source>
        <translation>分级计算周期</translation>
    </message>
    <message>
        <source>Service by tier</source>
        <translation>按等级提供对等服务</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <source>Holiday gifts</source>
        <translation>节日礼品</translation>
    </message>
    <message>
        <source>Who receives them</source>
        <translation>礼品接收人</translation>
    </message>
    <message>
        <source>Note for the desk</source>
        <translation>给前台的备注</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>no fixed rhythm</source>
        <translation>不固定</translation>
    </message>
    <message>
        <source>{tier}: contact every how many days</source>
        <translation>{tier}：每隔多少天联系一次</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>送</translation>
    </message>
    <message>
        <source>{tier}: holiday gifts</source>
        <translation>{tier}：节日礼品</translation>
    </message>
    <message>
        <source>e.g. the buyer and the boss</source>
        <translation>例如：采购负责人和老板</translation>
    </message>
    <message>
        <source>{tier}: who receives the gifts</source>
        <translation>{tier}：礼品接收人</translation>
    </message>
    <message>
        <source>{tier}: note for the desk</source>
        <translation>{tier}：给前台的备注</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>分级</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>No tiers have been computed yet (Manage → Tiers…).</source>
        <translation>尚未计算过客户等级（管理 → 客户分级…）。</translation>
    </message>
    <message>
        <source>Tiers of {period}; no earlier period to compare with.</source>
        <translation>{period} 的等级；没有更早的期间可比较。</translation>
    </message>
    <message>
        <source>Tiers of {period}, movements since {previous}.</source>
        <translation>{period} 的等级，与 {previous} 相比的变动。</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>各等级客户数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>No tiers computed</source>
        <translation>尚未计算等级</translation>
    </message>
    <message>
        <source>Movements between the last two periods</source>
        <translation>最近两个期间之间的等级变动</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>No earlier period to compare with</source>
        <translation>没有更早的期间可比较</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Movements from tier to tier</source>
        <translation>等级之间的变动</translation>
    </message>
</context>
<context>
    <name>TiersWindow</name>
    <message>
        <source>Up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>退出分级</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新进</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer ref</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>{n} of 5 stars</source>
        <translation>{n} 星（满分 5 星）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>{tier} in {period}</source>
        <translation>{period} 为{tier}</translation>
    </message>
    <message>
        <source>VIP, but {tier} in {period}: review</source>
        <translation>VIP，但 {period} 为{tier}：请复核</translation>
    </message>
    <message>
        <source>VIP without a tier in {period}: review</source>
        <translation>VIP，但 {period} 无等级：请复核</translation>
    </message>
    <message>
        <source>Prospect with a purchase</source>
        <translation>潜在客户已有购买</translation>
    </message>
    <message>
        <source>Tiers and stars</source>
        <translation>客户分级与星级</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>分级结果</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>类别建议</translation>
    </message>
    <message>
        <source>About the rule</source>
        <translation>分级规则说明</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>接待人 %1</translation>
    </message>
    <message>
        <source>checked out %1</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation>登记为%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 stars</source>
        <translation>%1：%2，%3 星</translation>
    </message>
    <message>
        <source>merged with %1</source>
        <translation>已与 %1 合并</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The customer&apos;s timeline, newest first</source>
        <translation>客户时间线，最新的在前</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet.</source>
        <translation>该客户暂无任何记录。</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>No {visitor} chosen</source>
        <translation>未选择{visitor}</translation>
    </message>
    <message>
        <source>Search on the left and press Enter, or register a new customer (Ctrl+N).</source>
        <translation>在左侧搜索并按 Enter，或登记新客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>今日已签到</translation>
    </message>
    <message>
        <source>on site now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <source>still expected</source>
        <translation>待到访</translation>
    </message>
    <message>
        <source>Next expected</source>
        <translation>下一位预约</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>Today at the desk</source>
        <translation>今日前台概况</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>今天：{date}</translation>
    </message>
    <message numerus="yes">
        <source>%n expected guest(s) late: see Expected today (Ctrl+E).</source>
        <translation>
            <numerusform>%n 位预约宾客已迟到，请查看“今日预约”（Ctrl+E）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected visitor(s) late: see Expected today (Ctrl+E).</source>
        <translation>
            <numerusform>%n 位预约访客已迟到，请查看“今日预约”（Ctrl+E）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else is expected today.</source>
        <translation>今天没有其他预约。</translation>
    </message>
    <message>
        <source>host: {name}</source>
        <translation>接待人：{name}</translation>
    </message>
    <message>
        <source>No check-ins yet today.</source>
        <translation>今天还没有人签到。</translation>
    </message>
</context>
<context>
    <name>TodayTasks</name>
    <message>
        <source>Follow-up not recorded</source>
        <translation>回访未记录</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Show my department&apos;s follow-ups</source>
        <translation>显示本部门的回访任务</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <source>Record the chosen task&apos;s outcome</source>
        <translation>记录所选任务的结果</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今日待回访</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>待回访：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform>（逾期 %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>已逾期：应于 {date} 完成</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有待办回访。</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>{name}: {due} due, {overdue} overdue</source>
        <translation>{name}：待办 {due}，逾期 {overdue}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo ({key})</source>
        <translation>撤销（{key}）</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>撤销刚才的操作</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>刚才的操作</translation>
    </message>
    <message>
        <source>Undone: {name} is on site again — {code}</source>
        <translation>已撤销签退：{name} 仍在场 — {code}</translation>
    </message>
    <message>
        <source>Undone: {name} is expected again (invitation {code})</source>
        <translation>已撤销签到：{name} 恢复为预约待到（邀请码 {code}）</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>接待目的</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>接待流程</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VisitLogWindow</name>
    <message>
        <source>Export the visit log</source>
        <translation>导出接待记录</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No visits match these filters.</source>
        <translation>没有符合这些条件的接待记录。</translation>
    </message>
    <message>
        <source>Visits 1–{loaded} of … (counting)</source>
        <translation>接待记录 1–{loaded}，共 …（正在统计）</translation>
    </message>
    <message>
        <source>Visits 1–{loaded}</source>
        <translation>接待记录 1–{loaded}</translation>
    </message>
    <message>
        <source>Visits 1–{loaded} of {total}</source>
        <translation>接待记录 1–{loaded}，共 {total} 条</translation>
    </message>
    <message>
        <source>; scroll down for more</source>
        <translation>；向下滚动查看更多</translation>
    </message>
    <message>
        <source> — more than {count} customers match the visitor; type more of the name or the phone to see all of theirs.</source>
        <translation> — 超过 {count} 位客户符合该来访者条件；请输入更完整的姓名或电话以查看全部记录。</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>{visitor}:</source>
        <translation>{visitor}：</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>姓名、拼音首字母或电话</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>流程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>接待人(&amp;H)</translation>
    </message>
    <message>
        <source>Filter by visitor</source>
        <translation>按来访者筛选</translation>
    </message>
    <message>
        <source>Visits from date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Visits to date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Filter by purpose</source>
        <translation>按接待目的筛选</translation>
    </message>
    <message>
        <source>Filter by flow</source>
        <translation>按接待流程筛选</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>按客户类别筛选</translation>
    </message>
    <message>
        <source>Filter by host</source>
        <translation>按接待人筛选</translation>
    </message>
    <message>
        <source>Visits shown</source>
        <translation>显示的接待记录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the visits shown</source>
        <translation>导出当前显示的接待记录</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Visits: {n}   Same period last year: {last}   Change: {change}</source>
        <translation>接待：{n}   去年同期：{last}   变化：{change}</translation>
    </message>
    <message>
        <source>Visits by purpose, with last year</source>
        <translation>按来访事由的接待量（含去年同期）</translation>
    </message>
    <message>
        <source>No visits in this period</source>
        <translation>本期间没有接待记录</translation>
    </message>
    <message>
        <source>Visits by category</source>
        <translation>按客户分类的接待量</translation>
    </message>
</context>
</TS>
