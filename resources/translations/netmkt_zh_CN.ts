<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../netmkt_desktop/app.py" line="+126"/>
        <source>内容文件无法使用,程序不能启动。

{reason}</source>
        <translation>内容文件无法使用,程序不能启动。

{reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>内容文件有错误</source>
        <translation>内容文件有错误</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>另一个窗口正在使用这个数据文件夹:
{folder}

请切换到那个窗口,或用 --data-dir 选择别的文件夹。</source>
        <translation>另一个窗口正在使用这个数据文件夹:
{folder}

请切换到那个窗口,或用 --data-dir 选择别的文件夹。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>已有一个窗口在使用这个数据文件夹,已把它切换到前面。</source>
        <translation>已有一个窗口在使用这个数据文件夹,已把它切换到前面。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>无法使用数据文件夹</source>
        <translation>无法使用数据文件夹</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>程序已在运行</source>
        <translation>程序已在运行</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_dialog.py" line="+178"/>
        <source>{reason}(已损坏)</source>
        <translation>{reason}(已损坏)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>升级前</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <source>备份与恢复</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>备份列表</source>
        <translation>备份列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份时间</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>备份警告</source>
        <translation>备份警告</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>已备份</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已备份到:
{path}</source>
        <translation>已备份到:
{path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已恢复</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>恢复前</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>旧版本的数据文件</source>
        <translation>旧版本的数据文件</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>没有备份</source>
        <translation>没有备份</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>没有恢复</source>
        <translation>没有恢复</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>立即备份</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>自动</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>还没有备份。</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>还没有备份。点“立即备份”做第一个备份。</source>
        <translation>还没有备份。点“立即备份”做第一个备份。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_sources.py" line="+137"/>
        <source>(没有)</source>
        <translation>(没有)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{n} 个:{names}</source>
        <translation>{n} 个:{names}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backups.py" line="+105"/>
        <source>⚠ 备份没有完成</source>
        <translation>⚠ 备份没有完成</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_sources.py" line="-13"/>
        <source>包含的学习档案</source>
        <translation>包含的学习档案</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backups.py" line="+63"/>
        <source>备份与恢复</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>备份警告</source>
        <translation>备份警告</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_sources.py" line="-64"/>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>学习档案“{name}”已恢复成 {when} 的备份。</source>
        <translation>学习档案“{name}”已恢复成 {when} 的备份。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>已把这些学习档案恢复成 {when} 的备份:{names}</source>
        <translation>已把这些学习档案恢复成 {when} 的备份:{names}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>恢复前,整个文件夹和每个被恢复的档案都会先另存一个“恢复前”备份。</source>
        <translation>恢复前,整个文件夹和每个被恢复的档案都会先另存一个“恢复前”备份。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>把学习档案“{name}”恢复成 {when} 的备份吗?

只有“{name}”的规划、笔记、学习进度、测验记录和设置会变回那时的样子,这个备份之后的改动会被撤回。其他学习档案、所有 PIN 和教师密码都不会改变。

恢复前,“{name}”现在的数据会先另存为一个“恢复前”备份,需要时可以再恢复回来。</source>
        <translation>把学习档案“{name}”恢复成 {when} 的备份吗?

只有“{name}”的规划、笔记、学习进度、测验记录和设置会变回那时的样子,这个备份之后的改动会被撤回。其他学习档案、所有 PIN 和教师密码都不会改变。

恢复前,“{name}”现在的数据会先另存为一个“恢复前”备份,需要时可以再恢复回来。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>把整个数据文件夹恢复成 {when} 的备份吗?</source>
        <translation>把整个数据文件夹恢复成 {when} 的备份吗?</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>整个数据文件夹的备份:每个备份保存了那时所有学习档案的数据。恢复时,备份里的每个档案都变回那时的样子(名字和 PIN 保持现在的),之后新建的档案不受影响;恢复前,整个文件夹和每个被恢复的档案都会先另存“恢复前”备份。</source>
        <translation>整个数据文件夹的备份:每个备份保存了那时所有学习档案的数据。恢复时,备份里的每个档案都变回那时的样子(名字和 PIN 保持现在的),之后新建的档案不受影响;恢复前,整个文件夹和每个被恢复的档案都会先另存“恢复前”备份。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backups.py" line="+4"/>
        <source>最近一次备份没有完成:
{reason}

请在“文件 › 备份与恢复…”中再试一次。</source>
        <translation>最近一次备份没有完成:
{reason}

请在“文件 › 备份与恢复…”中再试一次。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_sources.py" line="-47"/>
        <source>最近一次备份没有完成:{reason}</source>
        <translation>最近一次备份没有完成:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backups.py" line="+43"/>
        <source>自动备份没有完成:{reason}</source>
        <translation>自动备份没有完成:{reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>访客的笔记和进度只保存到关闭本软件为止,没有备份。
请选择自己的学习档案,再打开“备份与恢复”。</source>
        <translation>访客的笔记和进度只保存到关闭本软件为止,没有备份。
请选择自己的学习档案,再打开“备份与恢复”。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/backup_sources.py" line="+10"/>
        <source>请输入“{name}”的 PIN 来确认。</source>
        <translation>请输入“{name}”的 PIN 来确认。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>这些学习档案不受影响:{names}</source>
        <translation>这些学习档案不受影响:{names}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>这些学习档案的数据会变回那时的样子(名字和 PIN 保持现在的):{names}</source>
        <translation>这些学习档案的数据会变回那时的样子(名字和 PIN 保持现在的):{names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这些已经删除的学习档案会回来:{names}</source>
        <translation>这些已经删除的学习档案会回来:{names}</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>这里只有学习档案“{name}”自己的备份。本软件每隔一段时间自动备份;恢复一个备份只会改动“{name}”的规划、笔记、进度和设置,其他学习档案都不受影响。恢复前,现在的数据会先另存为“恢复前”备份,不会丢失。</source>
        <translation>这里只有学习档案“{name}”自己的备份。本软件每隔一段时间自动备份;恢复一个备份只会改动“{name}”的规划、笔记、进度和设置,其他学习档案都不受影响。恢复前,现在的数据会先另存为“恢复前”备份,不会丢失。</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/bookmarks_view.py" line="+121"/>
        <source>(内容中已没有这一节)</source>
        <translation>(内容中已没有这一节)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Markdown 文件 (*.md);;文本文件 (*.txt)</source>
        <translation>Markdown 文件 (*.md);;文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>{title}的笔记:{text}</source>
        <translation>{title}的笔记:{text}</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>取消收藏(&amp;R)</source>
        <translation>取消收藏(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出为 Markdown(&amp;X)…</source>
        <translation>导出为 Markdown(&amp;X)…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>导出笔记和收藏</source>
        <translation>导出笔记和收藏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出到 {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>我的学习笔记.md</source>
        <translation>我的学习笔记.md</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>收藏({n})</source>
        <translation>收藏({n})</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+185"/>
        <source>收藏与笔记</source>
        <translation>收藏与笔记</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>收藏列表</source>
        <translation>收藏列表</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>没有取消收藏</source>
        <translation>没有取消收藏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>笔记({n})</source>
        <translation>笔记({n})</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>笔记列表</source>
        <translation>笔记列表</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>还没有收藏。在内容页点“收藏”把常看的一节加进来。</source>
        <translation>还没有收藏。在内容页点“收藏”把常看的一节加进来。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有笔记。</source>
        <translation>还没有笔记。</translation>
    </message>
</context>
<context>
    <name>ClassCharts</name>
    <message>
        <location filename="../../netmkt_desktop/ui/class_charts.py" line="+261"/>
        <source>%1:%2 个目标,%3–%4</source>
        <translation>%1:%2 个目标,%3–%4</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>各层级的目标时间(圆点越大,人数越多)</source>
        <translation>各层级的目标时间(圆点越大,人数越多)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>最高目标层级(人数)</source>
        <translation>最高目标层级(人数)</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+75"/>
        <source>每个圆点:%1 个月</source>
        <translation>每个圆点:%1 个月</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>每个圆点:%1 年</source>
        <translation>每个圆点:%1 年</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>目标岗位(人数)</source>
        <translation>目标岗位(人数)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有学生的规划。</source>
        <translation>还没有学生的规划。</translation>
    </message>
</context>
<context>
    <name>ClassDocument</name>
    <message>
        <location filename="../../netmkt_desktop/ui/class_document.py" line="+61"/>
        <source>(没有学生的规划)</source>
        <translation>(没有学生的规划)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>打印预览 - 班级汇总</source>
        <translation>打印预览 - 班级汇总</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>文件夹:%1  ·  %2 名学生  ·  生成于 %3</source>
        <translation>文件夹:%1  ·  %2 名学生  ·  生成于 %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>无法使用的文件(%1 个)</source>
        <translation>无法使用的文件(%1 个)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>班级图表</source>
        <translation>班级图表</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+55"/>
        <location line="+19"/>
        <source>班级汇总</source>
        <translation>班级汇总</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>由“%1”生成</source>
        <translation>由“%1”生成</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/class_view.py" line="+281"/>
        <source>(未填班级)</source>
        <translation>(未填班级)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>,{n} 个其他文件未读取</source>
        <translation>,{n} 个其他文件未读取</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>,{n} 个文件已被替换</source>
        <translation>,{n} 个文件已被替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>,{n} 个文件无法使用</source>
        <translation>,{n} 个文件无法使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>;文件太多,只读取了一部分</source>
        <translation>;文件太多,只读取了一部分</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>保存并看下一个</source>
        <translation>保存并看下一个</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>保存批改</source>
        <translation>保存批改</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>全部班级</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+34"/>
        <source>学生名单</source>
        <translation>学生名单</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>导出图表</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>导出图表(PNG)…</source>
        <translation>导出图表(PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出汇总(PDF)…</source>
        <translation>导出汇总(PDF)…</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>导出班级汇总</source>
        <translation>导出班级汇总</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>导出表格</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>导出表格(CSV)…</source>
        <translation>导出表格(CSV)…</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>已保存批改:{path}</source>
        <translation>已保存批改:{path}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>已导出 {pages} 页:{path}</source>
        <translation>已导出 {pages} 页:{path}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>已导出:{path}</source>
        <translation>已导出:{path}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/class_model.py" line="+121"/>
        <source>已被替换:这个学生有更新的作业 %1</source>
        <translation>已被替换:这个学生有更新的作业 %1</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/class_view.py" line="-259"/>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>打开文件夹…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+285"/>
        <source>打开班级文件夹</source>
        <translation>打开班级文件夹</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+13"/>
        <source>无法使用的文件</source>
        <translation>无法使用的文件</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>无法使用的文件({n})</source>
        <translation>无法使用的文件({n})</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>无法保存批改:
{path}

原因:{reason}

评语还在窗口中,没有丢失。请检查文件夹能否写入(例如 U 盘是否写保护)后再试。</source>
        <translation>无法保存批改:
{path}

原因:{reason}

评语还在窗口中,没有丢失。请检查文件夹能否写入(例如 U 盘是否写保护)后再试。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>无法保存批改:
{path}

这个名字已被一个文件夹占用。</source>
        <translation>无法保存批改:
{path}

这个名字已被一个文件夹占用。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>无法写入文件:
{path}

原因:{reason}</source>
        <translation>无法写入文件:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>无法打开文件夹</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>显示 {shown} 名学生(共 {total} 名)</source>
        <translation>显示 {shown} 名学生(共 {total} 名)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>显示已被替换的文件</source>
        <translation>显示已被替换的文件</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>有 {n} 份评语还没有保存。不保存就离开吗?
(选“否”回到窗口,用“保存批改”保存。)</source>
        <translation>有 {n} 份评语还没有保存。不保存就离开吗?
(选“否”回到窗口,用“保存批改”保存。)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>没有保存批改</source>
        <translation>没有保存批改</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+44"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+130"/>
        <location line="+253"/>
        <source>班级汇总</source>
        <translation>班级汇总</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>班级汇总 - {folder}</source>
        <translation>班级汇总 - {folder}</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+113"/>
        <source>筛选</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>筛选:姓名、学号、标题、岗位……(Ctrl+F)</source>
        <translation>筛选:姓名、学号、标题、岗位……(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/class_model.py" line="-50"/>
        <source>评语未保存</source>
        <translation>评语未保存</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/class_view.py" line="+331"/>
        <source>评语没有保存</source>
        <translation>评语没有保存</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>重新读取</source>
        <translation>重新读取</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="+266"/>
        <source> 人</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>不清楚企业人数</source>
        <translation>不清楚企业人数</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+62"/>
        <source>企业人数</source>
        <translation>企业人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>企业规模</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>恰好500人</source>
        <translation>恰好500人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>按“500人以上”:3个层级</source>
        <translation>按“500人以上”:3个层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按“500人以下”:两个层级</source>
        <translation>按“500人以下”:两个层级</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>改选千人以上的企业</source>
        <translation>改选千人以上的企业</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>教材的“500人以上”和“500人以下”都可包括500人:3个层级、两个层级都符合教材的说法,请选择。</source>
        <translation>教材的“500人以上”和“500人以下”都可包括500人:3个层级、两个层级都符合教材的说法,请选择。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>教材说,岗位层级会随着企业规模不同而有所不同;下面是教材说的一般情况。</source>
        <translation>教材说,岗位层级会随着企业规模不同而有所不同;下面是教材说的一般情况。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位。可以把规划保持在专员,也可以改选规模更大的企业,或在后面仍为更高的层级定目标(规划中会注明)。</source>
        <translation>教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位。可以把规划保持在专员,也可以改选规模更大的企业,或在后面仍为更高的层级定目标(规划中会注明)。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>目标企业</source>
        <translation>目标企业</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>网络营销业务较少</source>
        <translation>网络营销业务较少</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>这类企业的中间层级是:</source>
        <translation>这类企业的中间层级是:</translation>
    </message>
</context>
<context>
    <name>ContentTreeModel</name>
    <message>
        <location filename="../../netmkt_desktop/ui/navigator.py" line="+147"/>
        <source>{title},已学</source>
        <translation>{title},已学</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{title},已学 {done}/{total}</source>
        <translation>{title},已学 {done}/{total}</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>目录</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../../netmkt_desktop/ui/data_banner.py" line="+33"/>
        <source>只读:数据文件夹不能写入,可以浏览教材,但笔记、进度和规划都不会保存。</source>
        <translation>只读:数据文件夹不能写入,可以浏览教材,但笔记、进度和规划都不会保存。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>访客模式:笔记和学习进度只保留到关闭程序为止。职业规划要保存在自己的学习档案里,访客不能制订规划;请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建档案。</source>
        <translation>访客模式:笔记和学习进度只保留到关闭程序为止。职业规划要保存在自己的学习档案里,访客不能制订规划;请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建档案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>访客模式提示</source>
        <translation>访客模式提示</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../netmkt_desktop/ui/detail_pane.py" line="+67"/>
        <source>○ 还没有标记为已学会(Ctrl+L)</source>
        <translation>○ 还没有标记为已学会(Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ 已收藏</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ 未收藏(Ctrl+D)</source>
        <translation>☆ 未收藏(Ctrl+D)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>✓ 已学会</source>
        <translation>✓ 已学会</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>做一套自测题,检验学习效果(Ctrl+T)</source>
        <translation>做一套自测题,检验学习效果(Ctrl+T)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>内容详情</source>
        <translation>内容详情</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已经读到这个目录的最后一节。</source>
        <translation>已经读到这个目录的最后一节。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../netmkt_desktop/ui/dialogs.py" line="+281"/>
        <source>位置(&amp;L):</source>
        <translation>位置(&amp;L):</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>修改日期</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+226"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>打开(&amp;O)</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件名(&amp;N):</source>
        <translation>文件名(&amp;N):</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>文件夹</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>文件夹(&amp;D):</source>
        <translation>文件夹(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件类型(&amp;T):</source>
        <translation>文件类型(&amp;T):</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>无法写入文件:
{path}

{reason}</source>
        <translation>无法写入文件:
{path}

{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>选择(&amp;C)</source>
        <translation>选择(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="+276"/>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}”的“主要工作任务”</source>
        <translation>“{title}”的“主要工作任务”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>为更高的层级定下目标时间和要学要做的事。每一级标出了本软件的建议(教材未逐级规定)。</source>
        <translation>为更高的层级定下目标时间和要学要做的事。每一级标出了本软件的建议(教材未逐级规定)。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>例如:写下{where}要学的知识和要做的事。</source>
        <translation>例如:写下{where}要学的知识和要做的事。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如:对照教材{sources},写下{where}要学的知识和要做的事。</source>
        <translation>例如:对照教材{sources},写下{where}要学的知识和要做的事。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和</source>
        <translation>和</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>在{position}岗位上</source>
        <translation>在{position}岗位上</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>层级目标</source>
        <translation>层级目标</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>教材说这类企业一般没有比你现在更高的层级。想为更高的层级定目标,就勾选它。</source>
        <translation>教材说这类企业一般没有比你现在更高的层级。想为更高的层级定目标,就勾选它。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>目标时间已经过去</source>
        <translation>目标时间已经过去</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>网络营销总监是最高的层级,没有更高的层级可以定目标。</source>
        <translation>网络营销总监是最高的层级,没有更高的层级可以定目标。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>这些目标的时间早于本月:{names}。
仍然用这些时间,继续下一步吗?(点“否”留在这一页修改。)</source>
        <translation>这些目标的时间早于本月:{names}。
仍然用这些时间,继续下一步吗?(点“否”留在这一页修改。)</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/guard_dialog.py" line="+45"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>教师密码:</source>
        <translation>教师密码:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请先输入 PIN。</source>
        <translation>请先输入 PIN。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先输入教师密码。</source>
        <translation>请先输入教师密码。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/handin_dialog.py" line="+245"/>
        <source> 和 {pdf}</source>
        <translation> 和 {pdf}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>PDF 没有保存</source>
        <translation>PDF 没有保存</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>不会交出:笔记、收藏、错题本、其他规划、PIN。</source>
        <translation>不会交出:笔记、收藏、错题本、其他规划、PIN。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>不含学习进度。</source>
        <translation>不含学习进度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不含自测成绩。</source>
        <translation>不含自测成绩。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+64"/>
        <source>交作业</source>
        <translation>交作业</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>交作业:{title}</source>
        <translation>交作业:{title}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>交出的内容预览</source>
        <translation>交出的内容预览</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>交出的文件包含:</source>
        <translation>交出的文件包含:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>交到:</source>
        <translation>交到:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>交到哪个文件夹</source>
        <translation>交到哪个文件夹</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>企业规模:{size}</source>
        <translation>企业规模:{size}</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>作业文件已经交了,只是旁边的 PDF 没有保存。</source>
        <translation>作业文件已经交了,只是旁边的 PDF 没有保存。</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>修改学生信息(&amp;S)…</source>
        <translation>修改学生信息(&amp;S)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>同时在旁边保存规划书 PDF(&amp;D)</source>
        <translation>同时在旁边保存规划书 PDF(&amp;D)</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>在校学生</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>导入批改</source>
        <translation>导入批改</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>已交作业</source>
        <translation>已交作业</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>已交作业(第 {version} 版):
{path}</source>
        <translation>已交作业(第 {version} 版):
{path}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>已导入批改</source>
        <translation>已导入批改</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>已达成({day})</source>
        <translation>已达成({day})</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>找不到文件夹:
{folder}

U 盘拔掉了,或者共享文件夹连不上?请重新选择文件夹。</source>
        <translation>找不到文件夹:
{folder}

U 盘拔掉了,或者共享文件夹连不上?请重新选择文件夹。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>文件名:{name}</source>
        <translation>文件名:{name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>文件夹里已有你交的另一份规划“{title}”,交作业会替换它。</source>
        <translation>文件夹里已有你交的另一份规划“{title}”,交作业会替换它。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>文件夹里已有你交的第 {old} 版,交作业会用第 {new} 版替换它。</source>
        <translation>文件夹里已有你交的第 {old} 版,交作业会用第 {new} 版替换它。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>无法写入文件:
{path}

原因:{reason}

文件夹里原有的文件没有改动。</source>
        <translation>无法写入文件:
{path}

原因:{reason}

文件夹里原有的文件没有改动。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>未评等级</source>
        <translation>未评等级</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>未达成</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>没有交作业</source>
        <translation>没有交作业</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>没有导入批改</source>
        <translation>没有导入批改</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>现在:{current}</source>
        <translation>现在:{current}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>班级:{c}  学号:{n}  姓名:{a}</source>
        <translation>班级:{c}  学号:{n}  姓名:{a}</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>目标:{tier},{target},{state}</source>
        <translation>目标:{tier},{target},{state}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>目标岗位:{position}</source>
        <translation>目标岗位:{position}</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>老师对规划“{title}”(第 {version} 版)的批改已导入,等级:{grade}。
在“我的规划”和导出的规划书中可以看到。</source>
        <translation>老师对规划“{title}”(第 {version} 版)的批改已导入,等级:{grade}。
在“我的规划”和导出的规划书中可以看到。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>老师批改后的文件 (*.netmkt-plan.json);;所有文件 (*)</source>
        <translation>老师批改后的文件 (*.netmkt-plan.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>规划:{title}</source>
        <translation>规划:{title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>规划中填写的姓名和班级:{name} {class_name}</source>
        <translation>规划中填写的姓名和班级:{name} {class_name}</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>规划书 PDF:{path}</source>
        <translation>规划书 PDF:{path}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>请先填写学生信息(至少填姓名),老师才知道作业是谁交的。</source>
        <translation>请先填写学生信息(至少填姓名),老师才知道作业是谁交的。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>请选择老师指定的文件夹(U 盘或机房的共享文件夹)</source>
        <translation>请选择老师指定的文件夹(U 盘或机房的共享文件夹)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>请选择要交到的文件夹。</source>
        <translation>请选择要交到的文件夹。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>还没有做过自测,不含自测成绩。</source>
        <translation>还没有做过自测,不含自测成绩。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>这个文件无法导入,没有做任何更改。
{path}

{reason}</source>
        <translation>这个文件无法导入,没有做任何更改。
{path}

{reason}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>选择交作业的文件夹</source>
        <translation>选择交作业的文件夹</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>选择文件夹(&amp;F)…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>附上学习进度(每节已学会几个知识点)(&amp;P)</source>
        <translation>附上学习进度(每节已学会几个知识点)(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附上自测成绩(最好的和最近一次)(&amp;Q)</source>
        <translation>附上自测成绩(最好的和最近一次)(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="-485"/>
        <source>什么是职业生涯规划</source>
        <translation>什么是职业生涯规划</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>例如:我的电商主播成长计划</source>
        <translation>例如:我的电商主播成长计划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>教材原文(出自:{place}):</source>
        <translation>教材原文(出自:{place}):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>标 * 的为必填项。</source>
        <translation>标 * 的为必填项。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>职业生涯规划就是选定一个目标岗位,看清目标企业一般设有哪些岗位层级,再为每一级定下时间和要学要做的事。</source>
        <translation>职业生涯规划就是选定一个目标岗位,看清目标企业一般设有哪些岗位层级,再为每一级定下时间和要学要做的事。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>规划标题</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>规划标题 *</source>
        <translation>规划标题 *</translation>
    </message>
</context>
<context>
    <name>KindBadge</name>
    <message>
        <location filename="../../netmkt_desktop/ui/icons.py" line="+18"/>
        <source>书</source>
        <translation>书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>岗</source>
        <translation>岗</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>工</source>
        <translation>工</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>拓</source>
        <translation>拓</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>点</source>
        <translation>点</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>章</source>
        <translation>章</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>类</source>
        <translation>类</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>级</source>
        <translation>级</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>职</source>
        <translation>职</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>节</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>补</source>
        <translation>补</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>资</source>
        <translation>资</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/ladder_view.py" line="+88"/>
        <source>(已达成 %1)</source>
        <translation>(已达成 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>在校学生</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <location line="+275"/>
        <location line="+66"/>
        <source>岗位层级阶梯图</source>
        <translation>岗位层级阶梯图</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>已达成</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+153"/>
        <source>当前</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>当前:%1</source>
        <translation>当前:%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+50"/>
        <source>目标 %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>目标:%1</source>
        <translation>目标:%1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>选择企业规模后显示岗位层级</source>
        <translation>选择企业规模后显示岗位层级</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netmkt_desktop/ui/main_window.py" line="+842"/>
        <source>{app}
软件版本 {version}

{packs}

离线使用,不联网,不收集任何数据。</source>
        <translation>{app}
软件版本 {version}

{packs}

离线使用,不联网,不收集任何数据。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{name}({id})内容版本 {version}</source>
        <translation>{name}({id})内容版本 {version}</translation>
    </message>
    <message>
        <location line="-600"/>
        <source>上一个(&amp;P)</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一个(&amp;N)</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+585"/>
        <source>个人数据无法打开</source>
        <translation>个人数据无法打开</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>个人数据未打开,规划等内容不会保存。</source>
        <translation>个人数据未打开,规划等内容不会保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个人数据没有打开,无法显示和保存规划。

{message}</source>
        <translation>个人数据没有打开,无法显示和保存规划。

{message}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>个人数据没有打开,规划无法保存。</source>
        <translation>个人数据没有打开,规划无法保存。</translation>
    </message>
    <message>
        <location line="-500"/>
        <source>主题(&amp;H)</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>主题:{name}</source>
        <translation>主题:{name}</translation>
    </message>
    <message>
        <location line="-474"/>
        <source>从搜索框转到目录</source>
        <translation>从搜索框转到目录</translation>
    </message>
    <message>
        <location line="+739"/>
        <source>关于</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="-585"/>
        <source>关于(&amp;A)</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>内容包(&amp;K)…</source>
        <translation>内容包(&amp;K)…</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>内容目录</source>
        <translation>内容目录</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>切换主题(&amp;T)</source>
        <translation>切换主题(&amp;T)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>切换学习档案(&amp;S)…</source>
        <translation>切换学习档案(&amp;S)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>前进(&amp;O)</source>
        <translation>前进(&amp;O)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>后退(&amp;B)</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>备份与恢复(&amp;B)…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>学习(&amp;S)</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>学习内容</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>导入我的数据(&amp;I)…</source>
        <translation>导入我的数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>导出我的数据(&amp;E)…</source>
        <translation>导出我的数据(&amp;E)…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>导航</source>
        <translation>导航</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>已在运行:刚才又启动了一次本程序,用的是同一个数据文件夹,所以切换到了这个窗口。</source>
        <translation>已在运行:刚才又启动了一次本程序,用的是同一个数据文件夹,所以切换到了这个窗口。</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>快捷键(&amp;K)</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+552"/>
        <source>我的规划</source>
        <translation>我的规划</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>我的规划(&amp;M)</source>
        <translation>我的规划(&amp;M)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打开班级文件夹(&amp;L)…</source>
        <translation>打开班级文件夹(&amp;L)…</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>按职业体系</source>
        <translation>按职业体系</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>按职业体系(&amp;T)</source>
        <translation>按职业体系(&amp;T)</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>搜索(&amp;F)</source>
        <translation>搜索(&amp;F)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>搜索标题和正文(Ctrl+F)</source>
        <translation>搜索标题和正文(Ctrl+F)</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>撤销(&amp;U)</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>教师设置(&amp;T)…</source>
        <translation>教师设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>教材目录</source>
        <translation>教材目录</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>教材目录(&amp;C)</source>
        <translation>教材目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>新建职业规划(&amp;N)…</source>
        <translation>新建职业规划(&amp;N)…</translation>
    </message>
    <message>
        <location line="+572"/>
        <source>无法制订规划</source>
        <translation>无法制订规划</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>显示/隐藏目录</source>
        <translation>显示/隐藏目录</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>有 {n} 个内容包无法使用,见 文件 › 内容包。</source>
        <translation>有 {n} 个内容包无法使用,见 文件 › 内容包。</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>正在打开个人数据…</source>
        <translation>正在打开个人数据…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>没有找到匹配的内容。</source>
        <translation>没有找到匹配的内容。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>清除搜索</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>演示模式(&amp;D)</source>
        <translation>演示模式(&amp;D)</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>目录方式</source>
        <translation>目录方式</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>缩放:{percent}%</source>
        <translation>缩放:{percent}%</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>职业规划要保存在自己的学习档案里,访客模式不能制订规划。

现在就选择或新建自己的学习档案吗?</source>
        <translation>职业规划要保存在自己的学习档案里,访客模式不能制订规划。

现在就选择或新建自己的学习档案吗?</translation>
    </message>
    <message>
        <location line="-481"/>
        <source>规划</source>
        <translation>规划</translation>
    </message>
    <message>
        <location line="+508"/>
        <source>规划“{title}”已保存。</source>
        <translation>规划“{title}”已保存。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>访客模式不能制订规划</source>
        <translation>访客模式不能制订规划</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>重做(&amp;R)</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+274"/>
        <source>首页</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>首页(&amp;M)</source>
        <translation>首页(&amp;M)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../netmkt_desktop/ui/notes_editor.py" line="+87"/>
        <location line="+177"/>
        <source>在这里写下你对这一节的笔记,会自动保存。</source>
        <translation>在这里写下你对这一节的笔记,会自动保存。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法读取笔记:{reason}</source>
        <translation>无法读取笔记:{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在输入…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+186"/>
        <source>笔记</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+177"/>
        <source>笔记内容</source>
        <translation>笔记内容</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>笔记最多 {n} 个字</source>
        <translation>笔记最多 {n} 个字</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>笔记没有保存:{reason}</source>
        <translation>笔记没有保存:{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>这条笔记还没有保存,稍后会再试。</source>
        <translation>这条笔记还没有保存,稍后会再试。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../netmkt_desktop/ui/operations.py" line="+53"/>
        <location line="+3"/>
        <source>操作没有完成</source>
        <translation>操作没有完成</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/packs_dialog.py" line="+31"/>
        <location line="+1"/>
        <source>内容包</source>
        <translation>内容包</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>内容包“{name}”(版本 {version})已导入,目录中已经可以看到。</source>
        <translation>内容包“{name}”(版本 {version})已导入,目录中已经可以看到。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>内容包文件 (*.json);;所有文件 (*)</source>
        <translation>内容包文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>内容包是老师制作的补充内容(格式见 docs/content-format.md)。导入前会完整检查;可以先用 netmkt-desktop --validate-content 文件 检查。</source>
        <translation>内容包是老师制作的补充内容(格式见 docs/content-format.md)。导入前会完整检查;可以先用 netmkt-desktop --validate-content 文件 检查。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>内容包没有导入</source>
        <translation>内容包没有导入</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>删除内容包</source>
        <translation>删除内容包</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>导入内容包</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>导入内容包…</source>
        <translation>导入内容包…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>已安装的内容包</source>
        <translation>已安装的内容包</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>已导入</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>无法使用的内容包:{error}</source>
        <translation>无法使用的内容包:{error}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>没有删除</source>
        <translation>没有删除</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>确定要删除内容包“{name}”吗?
引用其中内容的规划仍然可以打开,但会提示这些内容已不在。</source>
        <translation>确定要删除内容包“{name}”吗?
引用其中内容的规划仍然可以打开,但会提示这些内容已不在。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>节点数</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>这个内容包有错误,没有导入,也没有做任何更改。

{error}</source>
        <translation>这个内容包有错误,没有导入,也没有做任何更改。

{error}</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_document.py" line="+121"/>
        <location line="+120"/>
        <location line="+4"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>(修改于 %1)</source>
        <translation>(修改于 %1)</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>(内容中已没有此项:%1)</source>
        <translation>(内容中已没有此项:%1)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>(尚未设定目标)</source>
        <translation>(尚未设定目标)</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+74"/>
        <source>(未填写)</source>
        <translation>(未填写)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(约 %1 人)</source>
        <translation>(约 %1 人)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>,工作 %1 年</source>
        <translation>,工作 %1 年</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>;内容版本:%1</source>
        <translation>;内容版本:%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>一、岗位层级阶梯图</source>
        <translation>一、岗位层级阶梯图</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>三、教师评语</source>
        <translation>三、教师评语</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>二、阶段目标</source>
        <translation>二、阶段目标</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>企业规模</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>制定日期</source>
        <translation>制定日期</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>在校学生</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>学号</source>
        <translation>学号</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>学生姓名</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>层级</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>岗位层级</source>
        <translation>岗位层级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>岗位层级阶梯图</source>
        <translation>岗位层级阶梯图</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>已达成(%1)</source>
        <translation>已达成(%1)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>当前层级</source>
        <translation>当前层级</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>所属职业</source>
        <translation>所属职业</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>打印预览 - 职业生涯规划书</source>
        <translation>打印预览 - 职业生涯规划书</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>教师签名</source>
        <translation>教师签名</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>文件夹不存在</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>无法保存 PDF 文件:
%1

原因:%2

请换一个可以写入的文件夹(例如 U 盘或桌面)再试。</source>
        <translation>无法保存 PDF 文件:
%1

原因:%2

请换一个可以写入的文件夹(例如 U 盘或桌面)再试。</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>无法生成 PDF 内容</source>
        <translation>无法生成 PDF 内容</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>未达成</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>没有写入权限,或文件正被其他程序(如 PDF 阅读器)打开</source>
        <translation>没有写入权限,或文件正被其他程序(如 PDF 阅读器)打开</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>由“%1”生成</source>
        <translation>由“%1”生成</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>由低到高;填色为当前层级,蓝框为待达成的目标层级,✓ 为已达成</source>
        <translation>由低到高;填色为当前层级,蓝框为待达成的目标层级,✓ 为已达成</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>目标岗位</source>
        <translation>目标岗位</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>目标时间</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>磁盘空间已满</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/printing.py" line="+132"/>
        <source>第 %1 页,共 %2 页</source>
        <translation>第 %1 页,共 %2 页</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_document.py" line="+100"/>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+149"/>
        <location line="+16"/>
        <source>职业生涯规划书</source>
        <translation>职业生涯规划书</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>行动计划</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>路径中有一部分是文件,不是文件夹</source>
        <translation>路径中有一部分是文件,不是文件夹</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>达成情况</source>
        <translation>达成情况</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+255"/>
        <source>这个名字已被一个文件夹占用</source>
        <translation>这个名字已被一个文件夹占用</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>这是只读的磁盘或文件夹</source>
        <translation>这是只读的磁盘或文件夹</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="+504"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>你填写的内容还没有保存。确定要关闭向导并放弃这些内容吗?</source>
        <translation>你填写的内容还没有保存。确定要关闭向导并放弃这些内容吗?</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>完成(&amp;F)</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>放弃这份规划?</source>
        <translation>放弃这份规划?</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>新建职业规划</source>
        <translation>新建职业规划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑职业规划</source>
        <translation>编辑职业规划</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>职业规划向导</source>
        <translation>职业规划向导</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>规划没有保存</source>
        <translation>规划没有保存</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plans_view.py" line="+309"/>
        <source> · 已交作业(第 {n} 版)</source>
        <translation> · 已交作业(第 {n} 版)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>(岗位已不在内容中)</source>
        <translation>(岗位已不在内容中)</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>{size}({n}人)</source>
        <translation>{size}({n}人)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{tier}
({note})</source>
        <translation>{tier}
({note})</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{tier}({note})</source>
        <translation>{tier}({note})</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>交作业</source>
        <translation>交作业</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>删除规划</source>
        <translation>删除规划</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>删除规划“{title}”</source>
        <translation>删除规划“{title}”</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>取消已达成</source>
        <translation>取消已达成</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>在校学生</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+414"/>
        <source>学习规划文件 (*.netmkt-plan.json)</source>
        <translation>学习规划文件 (*.netmkt-plan.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>学习规划文件 (*.netmkt-plan.json);;JSON 文件 (*.json);;所有文件 (*)</source>
        <translation>学习规划文件 (*.netmkt-plan.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>导入批改</source>
        <translation>导入批改</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>导入文件</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>导入规划文件</source>
        <translation>导入规划文件</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>导出PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出文件</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <location line="+354"/>
        <source>导出职业生涯规划书</source>
        <translation>导出职业生涯规划书</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>导出规划文件</source>
        <translation>导出规划文件</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>层级</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>层级目标</source>
        <translation>层级目标</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>已交作业“{title}”(第 {n} 版):{path}</source>
        <translation>已交作业“{title}”(第 {n} 版):{path}</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>已删除规划“{title}”,按 Ctrl+Z 撤销。</source>
        <translation>已删除规划“{title}”,按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>已取消“{tier}”的已达成。</source>
        <translation>已取消“{tier}”的已达成。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>已复制为“{title}”。</source>
        <translation>已复制为“{title}”。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>已导入</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>已导入老师对“{title}”的批改。</source>
        <translation>已导入老师对“{title}”的批改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已导入规划“{title}”(来自 {path})。</source>
        <translation>已导入规划“{title}”(来自 {path})。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导入规划“{title}”,但其中有几处不符合规划的规则;编辑这份规划时需要先改正:

{problems}</source>
        <translation>已导入规划“{title}”,但其中有几处不符合规划的规则;编辑这份规划时需要先改正:

{problems}</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>已导出到 {path}(规划书,共 {pages} 页)。</source>
        <translation>已导出到 {path}(规划书,共 {pages} 页)。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>已导出到 {path}。</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>已恢复规划“{title}”。</source>
        <translation>已恢复规划“{title}”。</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>已把“{tier}”标记为已达成({day})。</source>
        <translation>已把“{tier}”标记为已达成({day})。</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+89"/>
        <source>已达成</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>已达成
{day}</source>
        <translation>已达成
{day}</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>我的规划</source>
        <translation>我的规划</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>教师评语</source>
        <translation>教师评语</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>教师评语(第 {n} 版):</source>
        <translation>教师评语(第 {n} 版):</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>教师评语(第 {n} 版,等级:{grade}):</source>
        <translation>教师评语(第 {n} 版,等级:{grade}):</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>日期不对</source>
        <translation>日期不对</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+22"/>
        <source>未达成</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+225"/>
        <source>标记为已达成</source>
        <translation>标记为已达成</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>没有导入</source>
        <translation>没有导入</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>注意:</source>
        <translation>注意:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>目标岗位:{position} · {size} · 现在:{current} · 已达成 {done}/{total}</source>
        <translation>目标岗位:{position} · {size} · 现在:{current} · 已达成 {done}/{total}</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>目标时间</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>确定要删除规划“{title}”吗?
删除后可以用“撤销”(Ctrl+Z)恢复。</source>
        <translation>确定要删除规划“{title}”吗?
删除后可以用“撤销”(Ctrl+Z)恢复。</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>职业规划要保存在自己的学习档案里,访客模式不能制订规划。请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建自己的档案。</source>
        <translation>职业规划要保存在自己的学习档案里,访客模式不能制订规划。请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建自己的档案。</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>要学要做的事</source>
        <translation>要学要做的事</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>规划列表</source>
        <translation>规划列表</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+7"/>
        <source>达成日期</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>达成日期不能晚于今天({today})。请选择目标真正达成的那一天。</source>
        <translation>达成日期不能晚于今天({today})。请选择目标真正达成的那一天。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>还没有职业规划。点“新建”(Ctrl+N)开始制订第一份规划。</source>
        <translation>还没有职业规划。点“新建”(Ctrl+N)开始制订第一份规划。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>这个文件无法导入,没有做任何更改。
{path}

{reason}</source>
        <translation>这个文件无法导入,没有做任何更改。
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>PositionPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="-563"/>
        <location line="+61"/>
        <source>(不选)</source>
        <translation>(不选)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>(请选择)</source>
        <translation>(请选择)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>← 回到“{position}”</source>
        <translation>← 回到“{position}”</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>岗位介绍</source>
        <translation>岗位介绍</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>教材没有说明各岗位属于哪个职业或工种,这里的职业和工种由你自己选择。</source>
        <translation>教材没有说明各岗位属于哪个职业或工种,这里的职业和工种由你自己选择。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <source>目标岗位</source>
        <translation>目标岗位</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>目标岗位 *</source>
        <translation>目标岗位 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相关工种</source>
        <translation>相关工种</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>相关职业</source>
        <translation>相关职业</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>请选择目标岗位。</source>
        <translation>请选择目标岗位。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>选择一个常见的网络营销岗位;职业和工种可以不选。</source>
        <translation>选择一个常见的网络营销岗位;职业和工种可以不选。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/profile_dialog.py" line="+259"/>
        <source>(正在使用)</source>
        <translation>(正在使用)</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>“{name}”是现在正在使用的学习档案,不能删除。
请先换用其他档案(或访客模式),再回到这里删除它。</source>
        <translation>“{name}”是现在正在使用的学习档案,不能删除。
请先换用其他档案(或访客模式),再回到这里删除它。</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>“{name}”设置了 PIN,请先输入 PIN,再按“使用此档案”。</source>
        <translation>“{name}”设置了 PIN,请先输入 PIN,再按“使用此档案”。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>“{name}”设置了 PIN,请先输入 PIN。</source>
        <translation>“{name}”设置了 PIN,请先输入 PIN。</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>不打开任何档案,随便看看;不保存任何个人数据。</source>
        <translation>不打开任何档案,随便看看;不保存任何个人数据。</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>不能删除正在使用的档案</source>
        <translation>不能删除正在使用的档案</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>使用此档案</source>
        <translation>使用此档案</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>修改 PIN…</source>
        <translation>修改 PIN…</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>删除…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>取消 PIN</source>
        <translation>取消 PIN</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>学习档案列表</source>
        <translation>学习档案列表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>学生信息…</source>
        <translation>学生信息…</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>已为“{name}”保存 PIN。</source>
        <translation>已为“{name}”保存 PIN。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已删除学习档案“{name}”。关闭本软件之前,可以用“撤销删除”找回它。</source>
        <translation>已删除学习档案“{name}”。关闭本软件之前,可以用“撤销删除”找回它。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>已取消“{name}”的 PIN。</source>
        <translation>已取消“{name}”的 PIN。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已找回学习档案“{name}”。</source>
        <translation>已找回学习档案“{name}”。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>已改名为“{name}”。</source>
        <translation>已改名为“{name}”。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>已新建学习档案“{name}”。</source>
        <translation>已新建学习档案“{name}”。</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>把“{name}”找回来(关闭本软件之前都可以)</source>
        <translation>把“{name}”找回来(关闭本软件之前都可以)</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>撤销删除</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>新建…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>无法读取学习档案</source>
        <translation>无法读取学习档案</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>有 PIN</source>
        <translation>有 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在使用</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>没有切换到这个学习档案,仍在使用原来的档案。</source>
        <translation>没有切换到这个学习档案,仍在使用原来的档案。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>没有恢复</source>
        <translation>没有恢复</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>没有打开这个学习档案,可以选择别的档案。</source>
        <translation>没有打开这个学习档案,可以选择别的档案。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>现在可以再输入一次 PIN 了。</source>
        <translation>现在可以再输入一次 PIN 了。</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>班级、学号和姓名(交作业用);只能修改正在使用的档案的信息</source>
        <translation>班级、学号和姓名(交作业用);只能修改正在使用的档案的信息</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+205"/>
        <source>设置 PIN…</source>
        <translation>设置 PIN…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>设置了 PIN:打开时要先输入 PIN</source>
        <translation>设置了 PIN:打开时要先输入 PIN</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>访客模式</source>
        <translation>访客模式</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>输入 PIN 后按回车</source>
        <translation>输入 PIN 后按回车</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>输错 PIN 的次数太多,这个档案暂时锁定,请等 {wait}后再试。</source>
        <translation>输错 PIN 的次数太多,这个档案暂时锁定,请等 {wait}后再试。</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>这台电脑多人共用时,请选择你自己的学习档案。设置 PIN 后,别人就不能在本软件里打开、改名、导出或删除你的档案(PIN 是软件里的一把锁,不加密文件)。</source>
        <translation>这台电脑多人共用时,请选择你自己的学习档案。设置 PIN 后,别人就不能在本软件里打开、改名、导出或删除你的档案(PIN 是软件里的一把锁,不加密文件)。</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <source>选择学习档案</source>
        <translation>选择学习档案</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>重命名…</source>
        <translation>重命名…</translation>
    </message>
</context>
<context>
    <name>ProfileFormDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/profile_forms.py" line="+138"/>
        <source>PIN 为 4–8 位数字。</source>
        <translation>PIN 为 4–8 位数字。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>两次输入的 PIN 不一样,请再输入一次。</source>
        <translation>两次输入的 PIN 不一样,请再输入一次。</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>为“{name}”设置 PIN。以后打开、改名、导出或删除这个档案都要先输入 PIN。PIN 是本软件里的一把锁,不是文件加密。</source>
        <translation>为“{name}”设置 PIN。以后打开、改名、导出或删除这个档案都要先输入 PIN。PIN 是本软件里的一把锁,不是文件加密。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>例如:张三 或 张三-12号</source>
        <translation>例如:张三 或 张三-12号</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存 PIN</source>
        <translation>保存 PIN</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>修改 PIN</source>
        <translation>修改 PIN</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>修改“{name}”的名字和班级。</source>
        <translation>修改“{name}”的名字和班级。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>修改“{name}”的名字和班级。请先输入它的 PIN。</source>
        <translation>修改“{name}”的名字和班级。请先输入它的 PIN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>先输入“{name}”现在的 PIN,再输入两次新的 PIN。</source>
        <translation>先输入“{name}”现在的 PIN,再输入两次新的 PIN。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>再输入一次:</source>
        <translation>再输入一次:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>再输入一次新的 PIN</source>
        <translation>再输入一次新的 PIN</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>删除学习档案</source>
        <translation>删除学习档案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除学习档案“{name}”:它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。在关闭本软件之前可以撤销;之后就彻底删除了(只有老师做的整个文件夹的备份里还有它,直到被更新的备份替换)。想保留的话,请先打开这个档案,用“导出我的数据”保存一份。</source>
        <translation>删除学习档案“{name}”:它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。在关闭本软件之前可以撤销;之后就彻底删除了(只有老师做的整个文件夹的备份里还有它,直到被更新的备份替换)。想保留的话,请先打开这个档案,用“导出我的数据”保存一份。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>取消 PIN</source>
        <translation>取消 PIN</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>可以不填</source>
        <translation>可以不填</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>可以不设</source>
        <translation>可以不设</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>名字</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>名字:</source>
        <translation>名字:</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>名字必填,班级可以不填。设置 PIN 后,打开这个档案要先输入 PIN,别的同学就不能在本软件里打开你的规划和笔记。PIN 是本软件里的一把锁,不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。</source>
        <translation>名字必填,班级可以不填。设置 PIN 后,打开这个档案要先输入 PIN,别的同学就不能在本软件里打开你的规划和笔记。PIN 是本软件里的一把锁,不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>忘记了 PIN?请老师在“或者教师密码”一栏输入教师密码。</source>
        <translation>忘记了 PIN?请老师在“或者教师密码”一栏输入教师密码。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>或者教师密码:</source>
        <translation>或者教师密码:</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>教师密码</source>
        <translation>教师密码</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>教师密码:</source>
        <translation>教师密码:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>新建学习档案</source>
        <translation>新建学习档案</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>新的 PIN</source>
        <translation>新的 PIN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>新的 PIN:</source>
        <translation>新的 PIN:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>现在的 PIN</source>
        <translation>现在的 PIN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>现在的 PIN:</source>
        <translation>现在的 PIN:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>班级:</source>
        <translation>班级:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>确认取消 PIN</source>
        <translation>确认取消 PIN</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>设置 PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>请先输入现在的 PIN。</source>
        <translation>请先输入现在的 PIN。</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>请输入“{name}”的 PIN 来确认。</source>
        <translation>请输入“{name}”的 PIN 来确认。</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>请输入教师密码。</source>
        <translation>请输入教师密码。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>请输入新的 PIN(4–8 位数字)。</source>
        <translation>请输入新的 PIN(4–8 位数字)。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>输入“{name}”现在的 PIN 来确认。取消 PIN 后,任何人都能打开这个档案。</source>
        <translation>输入“{name}”现在的 PIN 来确认。取消 PIN 后,任何人都能打开这个档案。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>这个 PIN 是在设置现在的教师密码之前设置的,老师也不能重置它:忘记了就无法修改或删除这个档案。</source>
        <translation>这个 PIN 是在设置现在的教师密码之前设置的,老师也不能重置它:忘记了就无法修改或删除这个档案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这台电脑没有设置教师密码:忘记的 PIN 无法重置,只能删除这个档案,而删除有 PIN 的档案也需要它的 PIN。请老师在“教师设置”中设置教师密码;此后设置的 PIN 忘记时,老师可以重置。</source>
        <translation>这台电脑没有设置教师密码:忘记的 PIN 无法重置,只能删除这个档案,而删除有 PIN 的档案也需要它的 PIN。请老师在“教师设置”中设置教师密码;此后设置的 PIN 忘记时,老师可以重置。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>这台电脑设置了教师密码:删除学习档案需要教师密码。</source>
        <translation>这台电脑设置了教师密码:删除学习档案需要教师密码。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>重命名学习档案</source>
        <translation>重命名学习档案</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>重置“{name}”的 PIN:输入两次新的 PIN,再告诉这位同学。</source>
        <translation>重置“{name}”的 PIN:输入两次新的 PIN,再告诉这位同学。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/progress_view.py" line="+61"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+28"/>
        <source>全部内容</source>
        <translation>全部内容</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+122"/>
        <source>学习进度</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>已学 {text}</source>
        <translation>已学 {text}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>还没有学习进度</source>
        <translation>还没有学习进度</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/quiz_view.py" line="+601"/>
        <source>(没有作答)</source>
        <translation>(没有作答)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}  ✓ 正确答案</source>
        <translation>{text}  ✓ 正确答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}  ✗ 你的选择</source>
        <translation>{text}  ✗ 你的选择</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>{where} · 第 {n}/{total} 题 · {kind}</source>
        <translation>{where} · 第 {n}/{total} 题 · {kind}</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>✓ 回答正确!</source>
        <translation>✓ 回答正确!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ 回答错误。</source>
        <translation>✗ 回答错误。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>上移(&amp;U)</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+339"/>
        <source>下一题(&amp;N)</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>下移(&amp;D)</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>你的答案:{answer}</source>
        <translation>你的答案:{answer}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>全部答对,太棒了!</source>
        <translation>全部答对,太棒了!</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>再做一套(&amp;A)</source>
        <translation>再做一套(&amp;A)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>单选题</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>另有 {n} 道题已不在当前内容中。</source>
        <translation>另有 {n} 道题已不在当前内容中。</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>回到自测题首页,本次练习不计成绩</source>
        <translation>回到自测题首页,本次练习不计成绩</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>多选题</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>开始自测(&amp;T)</source>
        <translation>开始自测(&amp;T)</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>当前内容出不了自测题。</source>
        <translation>当前内容出不了自测题。</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>得分:{correct}/{total}</source>
        <translation>得分:{correct}/{total}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>成绩没有保存:{reason}</source>
        <translation>成绩没有保存:{reason}</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>排序选项</source>
        <translation>排序选项</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>排序题</source>
        <translation>排序题</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>提交(&amp;C)</source>
        <translation>提交(&amp;C)</translation>
    </message>
    <message>
        <location line="+412"/>
        <source>最近成绩:</source>
        <translation>最近成绩:</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>查看成绩(&amp;N)</source>
        <translation>查看成绩(&amp;N)</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>查看教材内容(&amp;R)</source>
        <translation>查看教材内容(&amp;R)</translation>
    </message>
    <message>
        <location line="+357"/>
        <location line="+57"/>
        <source>正确答案:{answer}</source>
        <translation>正确答案:{answer}</translation>
    </message>
    <message>
        <location line="-470"/>
        <source>每套 {n} 道题,题目来自教材内容,每答一题马上告诉你对错和解析。答错的题会收进错题本,以后可以再练。</source>
        <translation>每套 {n} 道题,题目来自教材内容,每答一题马上告诉你对错和解析。答错的题会收进错题本,以后可以再练。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>每道题、你的答案和正确答案(双击或按 Enter 查看教材内容):</source>
        <translation>每道题、你的答案和正确答案(双击或按 Enter 查看教材内容):</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>每道题的答案</source>
        <translation>每道题的答案</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>没能从错题本移除:{reason}</source>
        <translation>没能从错题本移除:{reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>答对的 {n} 道已从错题本移除。</source>
        <translation>答对的 {n} 道已从错题本移除。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>答错 {n} 道,已收进错题本。</source>
        <translation>答错 {n} 道,已收进错题本。</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>练习错题本(&amp;M)</source>
        <translation>练习错题本(&amp;M)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>结束本次练习</source>
        <translation>结束本次练习</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>自测</source>
        <translation>自测</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+35"/>
        <location line="+534"/>
        <source>自测题</source>
        <translation>自测题</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>返回(&amp;B)</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>还有 {n} 道留在错题本里。</source>
        <translation>还有 {n} 道留在错题本里。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>还没有做过自测。</source>
        <translation>还没有做过自测。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>这道题已从错题本移除。</source>
        <translation>这道题已从错题本移除。</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>选中一项,用“上移”“下移”调整顺序。</source>
        <translation>选中一项,用“上移”“下移”调整顺序。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>错题本</source>
        <translation>错题本</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>错题本({n} 道)(&amp;M)</source>
        <translation>错题本({n} 道)(&amp;M)</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>错题本:答对 {correct}/{total}</source>
        <translation>错题本:答对 {correct}/{total}</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>错题本是空的</source>
        <translation>错题本是空的</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>错题本是空的,没有要重做的题。</source>
        <translation>错题本是空的,没有要重做的题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错题本里的题已不在当前内容中。</source>
        <translation>错题本里的题已不在当前内容中。</translation>
    </message>
</context>
<context>
    <name>RecitationView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/recitation_view.py" line="+409"/>
        <source>(没有写)</source>
        <translation>(没有写)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cue} 正确:{answer}  你写的:{typed}</source>
        <translation>{cue} 正确:{answer}  你写的:{typed}</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>{title}({n} 条)</source>
        <translation>{title}({n} 条)</translation>
    </message>
    <message>
        <location line="+227"/>
        <location line="+3"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>上次 {correct}/{total},最好 {best}/{best_total},共默写 {n} 次。</source>
        <translation>上次 {correct}/{total},最好 {best}/{best_total},共默写 {n} 次。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>不在这个清单里的:{items}</source>
        <translation>不在这个清单里的:{items}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>先自己说出下一条,再按空格键(或“显示下一条”)看答案。</source>
        <translation>先自己说出下一条,再按空格键(或“显示下一条”)看答案。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>全部显示(&amp;A)</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>全部背对了!</source>
        <translation>全部背对了!</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>再背一次(&amp;G)</source>
        <translation>再背一次(&amp;G)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>回车到下一行,全部写完后回车检查(Ctrl+Enter 随时检查)。标点、空格和全角半角不算错。</source>
        <translation>回车到下一行,全部写完后回车检查(Ctrl+Enter 随时检查)。标点、空格和全角半角不算错。</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>对</source>
        <translation>对</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>已显示 {n}/{total} 条。</source>
        <translation>已显示 {n}/{total} 条。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>当前内容里没有要背的清单。</source>
        <translation>当前内容里没有要背的清单。</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>得分:{correct}/{total}</source>
        <translation>得分:{correct}/{total}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>成绩没有保存:{reason}</source>
        <translation>成绩没有保存:{reason}</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>按顺序默写,每行一条。</source>
        <translation>按顺序默写,每行一条。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>显示下一条(&amp;N)</source>
        <translation>显示下一条(&amp;N)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>查看教材(&amp;K)</source>
        <translation>查看教材(&amp;K)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>检查(&amp;C)</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>正确:{answer}</source>
        <translation>正确:{answer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>没有背出的:{items}</source>
        <translation>没有背出的:{items}</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>清单(&amp;L):</source>
        <translation>清单(&amp;L):</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>第 {n} 条</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>第 {n} 条(未显示)</source>
        <translation>第 {n} 条(未显示)</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>背诵</source>
        <translation>背诵</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>背错的:</source>
        <translation>背错的:</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>要背的清单</source>
        <translation>要背的清单</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>还没有默写过这个清单。</source>
        <translation>还没有默写过这个清单。</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>逐条显示(&amp;R)</source>
        <translation>逐条显示(&amp;R)</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>都看过了:试试默写(Alt+W)。</source>
        <translation>都看过了:试试默写(Alt+W)。</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>重新隐藏(&amp;D)</source>
        <translation>重新隐藏(&amp;D)</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>错</source>
        <translation>错</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>顺序不限,每行写一条。</source>
        <translation>顺序不限,每行写一条。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>默写(&amp;W)</source>
        <translation>默写(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../netmkt_desktop/ui/class_review.py" line="+151"/>
        <source>(没有填写学生信息)</source>
        <translation>(没有填写学生信息)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{n}/{limit} 字</source>
        <translation>{n}/{limit} 字</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>不评等级</source>
        <translation>不评等级</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存批改</source>
        <translation>保存批改</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>写给学生的评语……</source>
        <translation>写给学生的评语……</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>在左边的名单中选择一名学生,查看他的规划并写评语。</source>
        <translation>在左边的名单中选择一名学生,查看他的规划并写评语。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>学生的规划(只读)</source>
        <translation>学生的规划(只读)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>已批改:{name}</source>
        <translation>已批改:{name}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>已被替换:这个学生有更新的作业 {name}</source>
        <translation>已被替换:这个学生有更新的作业 {name}</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>把评语和等级写成“…_已批改”文件,放在学生的文件旁边(Ctrl+S)</source>
        <translation>把评语和等级写成“…_已批改”文件,放在学生的文件旁边(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>文件:{name}</source>
        <translation>文件:{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无等级</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {version} 版的批改({grade}):{comment}</source>
        <translation>第 {version} 版的批改({grade}):{comment}</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>等级(&amp;G)</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>评语</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>评语(&amp;C)</source>
        <translation>评语(&amp;C)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>评语最多 {limit} 字,请删减后再保存。</source>
        <translation>评语最多 {limit} 字,请删减后再保存。</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../netmkt_desktop/ui/search_results.py" line="+175"/>
        <source>,这里列出前 {shown} 条;输入更多字可以缩小范围。</source>
        <translation>,这里列出前 {shown} 条;输入更多字可以缩小范围。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“{query}”共 {n} 条结果</source>
        <translation>“{query}”共 {n} 条结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {n} 条结果</source>
        <translation>共 {n} 条结果</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+93"/>
        <source>搜索结果</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>搜索结果列表</source>
        <translation>搜索结果列表</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>没有找到“{query}”。</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有搜索结果。</source>
        <translation>没有搜索结果。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>笔记</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>SectionMap</name>
    <message>
        <location filename="../../netmkt_desktop/ui/section_map.py" line="+540"/>
        <source>{name}({role})</source>
        <translation>{name}({role})</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name}({role}):点击查看</source>
        <translation>{name}({role}):点击查看</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>两个职业及其工种</source>
        <translation>两个职业及其工种</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>小资料:{title}</source>
        <translation>小资料:{title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>岗位</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>岗位层级与企业规模</source>
        <translation>岗位层级与企业规模</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+24"/>
        <source>或</source>
        <translation>或</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>教材没有列出这个职业的工种。</source>
        <translation>教材没有列出这个职业的工种。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>教材没有说明这些岗位各属于哪个工种,图中也不连线。</source>
        <translation>教材没有说明这些岗位各属于哪个工种,图中也不连线。</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>本节全貌图</source>
        <translation>本节全貌图</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>每一列从下往上是由低到高的层级。恰好500人的企业,“500人以上”和“500人以下”两种说法都符合教材(制订规划时可以选)。</source>
        <translation>每一列从下往上是由低到高的层级。恰好500人的企业,“500人以上”和“500人以下”两种说法都符合教材(制订规划时可以选)。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>用 Tab 键或方向键在方框之间移动,按回车键打开。</source>
        <translation>用 Tab 键或方向键在方框之间移动,按回车键打开。</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>职业</source>
        <translation>职业</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../netmkt_desktop/ui/session.py" line="+194"/>
        <source>上次的保存可能不完整</source>
        <translation>上次的保存可能不完整</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>个人数据文件已损坏</source>
        <translation>个人数据文件已损坏</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>你的规划、笔记、进度和设置已保存到:
{path}

这个文件只有你的电脑账户能读;在另一台电脑上用“导入我的数据”恢复。</source>
        <translation>你的规划、笔记、进度和设置已保存到:
{path}

这个文件只有你的电脑账户能读;在另一台电脑上用“导入我的数据”恢复。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>学习数据文件 (*.netmkt-data.json)</source>
        <translation>学习数据文件 (*.netmkt-data.json)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>学习数据文件 (*.netmkt-data.json);;JSON 文件 (*.json);;所有文件 (*)</source>
        <translation>学习数据文件 (*.netmkt-data.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>学习档案已分开保存</source>
        <translation>学习档案已分开保存</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>学习档案的数据文件已损坏</source>
        <translation>学习档案的数据文件已损坏</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>导入我的数据</source>
        <translation>导入我的数据</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+13"/>
        <source>导出我的数据</source>
        <translation>导出我的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出的文件里有“{name}”的全部规划、笔记和学习进度,任何拿到这个文件的人都能看到。
请输入“{name}”的 PIN 来确认。</source>
        <translation>导出的文件里有“{name}”的全部规划、笔记和学习进度,任何拿到这个文件的人都能看到。
请输入“{name}”的 PIN 来确认。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>已导入</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已导入为学习档案“{name}”。</source>
        <translation>已导入为学习档案“{name}”。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>已导入档案“{name}”。</source>
        <translation>已导入档案“{name}”。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>已导出</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>无法打开学习档案</source>
        <translation>无法打开学习档案</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>没有导入</source>
        <translation>没有导入</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>现在从这个备份恢复吗?(选“否”则新建一个空的数据文件)</source>
        <translation>现在从这个备份恢复吗?(选“否”则新建一个空的数据文件)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>现在从这个备份恢复吗?(选“否”则这个档案从空白开始)</source>
        <translation>现在从这个备份恢复吗?(选“否”则这个档案从空白开始)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>访客</source>
        <translation>访客</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>这个文件无法导入,没有做任何更改。
{path}

{reason}</source>
        <translation>这个文件无法导入,没有做任何更改。
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../netmkt_desktop/ui/shortcuts_dialog.py" line="+53"/>
        <source>在目录中标记或取消“已学会”</source>
        <translation>在目录中标记或取消“已学会”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>演示模式:上一节</source>
        <translation>演示模式:上一节</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>演示模式:下一节(翻页笔)</source>
        <translation>演示模式:下一节(翻页笔)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>演示模式:黑屏,再按任意键回来</source>
        <translation>演示模式:黑屏,再按任意键回来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出演示模式</source>
        <translation>退出演示模式</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>快捷键</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>快捷键列表</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <location filename="../../netmkt_desktop/ui/slides.py" line="+74"/>
        <source>演示内容</source>
        <translation>演示内容</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location line="+171"/>
        <source>F9 目录 · B 黑屏 · Esc 退出</source>
        <translation>F9 目录 · B 黑屏 · Esc 退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▼ 本页还有内容</source>
        <translation>▼ 本页还有内容</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>上一页</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>下一步:自测。做一套自测题,看看这一节学会了多少。</source>
        <translation>下一步:自测。做一套自测题,看看这一节学会了多少。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>下一页</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>按 Esc 退出演示,再按 Ctrl+T 打开自测;或者点这里:</source>
        <translation>按 Esc 退出演示,再按 Ctrl+T 打开自测;或者点这里:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按 PageUp 回到上一页,按 Home 回到第一页。</source>
        <translation>按 PageUp 回到上一页,按 Home 回到第一页。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>显示/隐藏目录</source>
        <translation>显示/隐藏目录</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>本节以外 · 共 {total} 页</source>
        <translation>本节以外 · 共 {total} 页</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+44"/>
        <source>本节结束</source>
        <translation>本节结束</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>本节结束 · 共 {total} 页</source>
        <translation>本节结束 · 共 {total} 页</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>演示</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>演示目录</source>
        <translation>演示目录</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>第 {n} / {total} 页</source>
        <translation>第 {n} / {total} 页</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>退出演示</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>退出演示,开始自测</source>
        <translation>退出演示,开始自测</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>页码</source>
        <translation>页码</translation>
    </message>
</context>
<context>
    <name>StandingPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="+230"/>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{note}。仍可以选择它,规划中会注明。</source>
        <translation>{note}。仍可以选择它,规划中会注明。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{tier}({note})</source>
        <translation>{tier}({note})</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>不填</source>
        <translation>不填</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>在校学生(还没有层级)</source>
        <translation>在校学生(还没有层级)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>工作年限(可不填)</source>
        <translation>工作年限(可不填)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>现在的位置</source>
        <translation>现在的位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>现在的层级</source>
        <translation>现在的层级</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/start_page.py" line="+250"/>
        <source>,错题本已清空</source>
        <translation>,错题本已清空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>,错题本里还有错题</source>
        <translation>,错题本里还有错题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>上次 {correct}/{total},最好 {best}/{best_total}</source>
        <translation>上次 {correct}/{total},最好 {best}/{best_total}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>全部完成:打印学习单复习(&amp;G)</source>
        <translation>全部完成:打印学习单复习(&amp;G)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>制订职业规划</source>
        <translation>制订职业规划</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>已学会 {done}/{total} 节</source>
        <translation>已学会 {done}/{total} 节</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>已按教材顺序读完全部 {total} 节</source>
        <translation>已按教材顺序读完全部 {total} 节</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已有 {n} 份规划</source>
        <translation>已有 {n} 份规划</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>已背熟 {done}/{total} 个清单</source>
        <translation>已背熟 {done}/{total} 个清单</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+4"/>
        <source>我的学习路线</source>
        <translation>我的学习路线</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>按教材顺序读到第 {done}/{total} 节</source>
        <translation>按教材顺序读到第 {done}/{total} 节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>最好成绩 {done}/{total}</source>
        <translation>最好成绩 {done}/{total}</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>本节全貌:认识网络营销岗位</source>
        <translation>本节全貌:认识网络营销岗位</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>标记已学会</source>
        <translation>标记已学会</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>点一个方框就打开那一节(也可以用 Tab 键、方向键和回车键)。</source>
        <translation>点一个方框就打开那一节(也可以用 Tab 键、方向键和回车键)。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>继续:{step}(&amp;G)</source>
        <translation>继续:{step}(&amp;G)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>背诵</source>
        <translation>背诵</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>背诵成绩(点清单名开始背诵):</source>
        <translation>背诵成绩(点清单名开始背诵):</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>自测</source>
        <translation>自测</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>要用自己的学习档案才能保存规划</source>
        <translation>要用自己的学习档案才能保存规划</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>读教材</source>
        <translation>读教材</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>还没有做过自测</source>
        <translation>还没有做过自测</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有规划</source>
        <translation>还没有规划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还没背过</source>
        <translation>还没背过</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>首页</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/student_details.py" line="+43"/>
        <source>交作业时,这些信息写进交给老师的文件和职业生涯规划书的封面;老师批改后,只有信息相同的档案才能导入批改。都可以不填,但老师需要知道作业是谁交的。</source>
        <translation>交作业时,这些信息写进交给老师的文件和职业生涯规划书的封面;老师批改后,只有信息相同的档案才能导入批改。都可以不填,但老师需要知道作业是谁交的。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>例如:2023001</source>
        <translation>例如:2023001</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>例如:电商2301班</source>
        <translation>例如:电商2301班</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>姓名(&amp;A):</source>
        <translation>姓名(&amp;A):</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>学习档案“{name}”的学生信息。</source>
        <translation>学习档案“{name}”的学生信息。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>学号</source>
        <translation>学号</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>学号(&amp;N):</source>
        <translation>学号(&amp;N):</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+1"/>
        <source>学生信息</source>
        <translation>学生信息</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>班级(&amp;C):</source>
        <translation>班级(&amp;C):</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>真实姓名</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message>
        <location filename="../../netmkt_desktop/ui/study_sheet.py" line="+93"/>
        <source>(没有记录)</source>
        <translation>(没有记录)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>★ 已收藏</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>【教材以外的资料】来源:{source}</source>
        <translation>【教材以外的资料】来源:{source}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>姓名:{name}  班级:{class_name}  日期:{day}</source>
        <translation>姓名:{name}  班级:{class_name}  日期:{day}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>学习单</source>
        <translation>学习单</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>学习单:{section}</source>
        <translation>学习单:{section}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>我上次的答案:</source>
        <translation>我上次的答案:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>我的笔记:</source>
        <translation>我的笔记:</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>打印预览 - 学习单</source>
        <translation>打印预览 - 学习单</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>教材原文按教材顺序排列;★ 为我收藏的内容({n} 处),灰框里是我的笔记。</source>
        <translation>教材原文按教材顺序排列;★ 为我收藏的内容({n} 处),灰框里是我的笔记。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>正确答案:</source>
        <translation>正确答案:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>由“{app}”生成;内容版本:{version}</source>
        <translation>由“{app}”生成;内容版本:{version}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>错题本</source>
        <translation>错题本</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>错题本是空的。</source>
        <translation>错题本是空的。</translation>
    </message>
</context>
<context>
    <name>StudyTools</name>
    <message>
        <location filename="../../netmkt_desktop/ui/study_tools.py" line="+387"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>“{title}”是分类,不能标记为已学会;请标记它下面的内容。</source>
        <translation>“{title}”是分类,不能标记为已学会;请标记它下面的内容。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>再保存一次(&amp;S)</source>
        <translation>再保存一次(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>复制到剪贴板,然后继续(&amp;C)</source>
        <translation>复制到剪贴板,然后继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>学习单.pdf</source>
        <translation>学习单.pdf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>学习单已导出到 {path}(共 {pages} 页)。</source>
        <translation>学习单已导出到 {path}(共 {pages} 页)。</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>学习进度</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>学会这一节后按 Ctrl+L(或在目录里按空格)标记为已学会。</source>
        <translation>学会这一节后按 Ctrl+L(或在目录里按空格)标记为已学会。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>导出学习单</source>
        <translation>导出学习单</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>导出学习单(PDF)(&amp;P)…</source>
        <translation>导出学习单(PDF)(&amp;P)…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>已学会(&amp;L)</source>
        <translation>已学会(&amp;L)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>打印学习单(&amp;I)…</source>
        <translation>打印学习单(&amp;I)…</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+333"/>
        <source>搜索结果</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>搜索结果 ({n})</source>
        <translation>搜索结果 ({n})</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>收藏(&amp;D)</source>
        <translation>收藏(&amp;D)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>收藏与笔记</source>
        <translation>收藏与笔记</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>放弃这些笔记(&amp;D)</source>
        <translation>放弃这些笔记(&amp;D)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>无法打印</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>有 {n} 条笔记没能保存。
{reason}

可以再保存一次(例如腾出磁盘空间或插回 U 盘之后),或者复制到剪贴板、粘贴到别处保存,或者放弃这些笔记。</source>
        <translation>有 {n} 条笔记没能保存。
{reason}

可以再保存一次(例如腾出磁盘空间或插回 U 盘之后),或者复制到剪贴板、粘贴到别处保存,或者放弃这些笔记。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+22"/>
        <source>没有保存</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+3"/>
        <source>没有导出</source>
        <translation>没有导出</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>笔记没有保存</source>
        <translation>笔记没有保存</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>继续学习(&amp;R)</source>
        <translation>继续学习(&amp;R)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>背诵</source>
        <translation>背诵</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>背诵(&amp;B)</source>
        <translation>背诵(&amp;B)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>自测</source>
        <translation>自测</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>自测(&amp;Q)</source>
        <translation>自测(&amp;Q)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>还没有可以继续的学习位置:选一节内容开始学习,下次就能从这里继续。</source>
        <translation>还没有可以继续的学习位置:选一节内容开始学习,下次就能从这里继续。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="+203"/>
        <source>规划预览</source>
        <translation>规划预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这就是将要保存和打印的职业生涯规划书。点“完成”保存。</source>
        <translation>这就是将要保存和打印的职业生涯规划书。点“完成”保存。</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <location filename="../../netmkt_desktop/ui/teacher_dialog.py" line="+197"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>“{name}”是现在正在使用的学习档案,不能删除。请先换用其他档案(或访客模式)。</source>
        <translation>“{name}”是现在正在使用的学习档案,不能删除。请先换用其他档案(或访客模式)。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>不能删除正在使用的档案</source>
        <translation>不能删除正在使用的档案</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>修改教师密码…</source>
        <translation>修改教师密码…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>删除学习档案</source>
        <translation>删除学习档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除学习档案“{name}”吗?

它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。关闭本软件之前,可以在“切换学习档案”里用“撤销删除”找回;之后就彻底删除了。</source>
        <translation>删除学习档案“{name}”吗?

它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。关闭本软件之前,可以在“切换学习档案”里用“撤销删除”找回;之后就彻底删除了。</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>删除档案…</source>
        <translation>删除档案…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>名字</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>学习档案</source>
        <translation>学习档案</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>已保存。</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>已删除学习档案“{name}”。</source>
        <translation>已删除学习档案“{name}”。</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>已解锁:关闭这个窗口后要重新输入教师密码。</source>
        <translation>已解锁:关闭这个窗口后要重新输入教师密码。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>已设置教师密码。</source>
        <translation>已设置教师密码。</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>已重置“{name}”的 PIN,请把新的 PIN 告诉这位同学。</source>
        <translation>已重置“{name}”的 PIN,请把新的 PIN 告诉这位同学。</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+9"/>
        <source>教师密码</source>
        <translation>教师密码</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>教师密码:</source>
        <translation>教师密码:</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>教师密码保护整个数据文件夹:有了它,老师可以恢复任何学习档案或整个文件夹的备份、删除学习档案、重置学生忘记的 PIN(在设置教师密码之后设置的 PIN)。教师密码和 PIN 一样,是本软件里的一把锁,不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。</source>
        <translation>教师密码保护整个数据文件夹:有了它,老师可以恢复任何学习档案或整个文件夹的备份、删除学习档案、重置学生忘记的 PIN(在设置教师密码之后设置的 PIN)。教师密码和 PIN 一样,是本软件里的一把锁,不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <source>教师设置</source>
        <translation>教师设置</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>整个文件夹的备份与恢复…</source>
        <translation>整个文件夹的备份与恢复…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>有</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有(可以重置)</source>
        <translation>有(可以重置)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>没有删除</source>
        <translation>没有删除</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>清除教师密码…</source>
        <translation>清除教师密码…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>老师的操作</source>
        <translation>老师的操作</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>设置教师密码…</source>
        <translation>设置教师密码…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>请先输入教师密码。</source>
        <translation>请先输入教师密码。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>输入教师密码后按回车</source>
        <translation>输入教师密码后按回车</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>还没有设置教师密码:任何人都可以先设置一个,所以请老师尽早设置。没有教师密码时,学生忘记的 PIN 无法重置,有 PIN 的档案也只能用它的 PIN 删除。</source>
        <translation>还没有设置教师密码:任何人都可以先设置一个,所以请老师尽早设置。没有教师密码时,学生忘记的 PIN 无法重置,有 PIN 的档案也只能用它的 PIN 删除。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>这个 PIN 是在设置现在的教师密码之前设置的,老师不能重置它。</source>
        <translation>这个 PIN 是在设置现在的教师密码之前设置的,老师不能重置它。</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>这个档案的备份…</source>
        <translation>这个档案的备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重置 PIN…</source>
        <translation>重置 PIN…</translation>
    </message>
</context>
<context>
    <name>TeacherPasswordForm</name>
    <message>
        <location line="-82"/>
        <source>两次输入的教师密码不一样,请再输入一次。</source>
        <translation>两次输入的教师密码不一样,请再输入一次。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>修改教师密码</source>
        <translation>修改教师密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>先输入现在的教师密码,再输入两次新的。修改后,老师仍能重置以前设置的 PIN。</source>
        <translation>先输入现在的教师密码,再输入两次新的。修改后,老师仍能重置以前设置的 PIN。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>再输入一次:</source>
        <translation>再输入一次:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>再输入一次新的教师密码</source>
        <translation>再输入一次新的教师密码</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>教师密码为 6–64 个字符。请记住它:忘记了无法找回,只能由能打开数据文件夹的人删除“teacher.json”文件(那样以前设置的 PIN 老师也不能再重置)。</source>
        <translation>教师密码为 6–64 个字符。请记住它:忘记了无法找回,只能由能打开数据文件夹的人删除“teacher.json”文件(那样以前设置的 PIN 老师也不能再重置)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>新的教师密码</source>
        <translation>新的教师密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新的教师密码:</source>
        <translation>新的教师密码:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>清除教师密码</source>
        <translation>清除教师密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>现在的教师密码</source>
        <translation>现在的教师密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>现在的教师密码:</source>
        <translation>现在的教师密码:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>设置教师密码</source>
        <translation>设置教师密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>输入现在的教师密码来确认。清除后,忘记的 PIN 无法重置;以后再设置的新教师密码也不能重置现在已有的 PIN。</source>
        <translation>输入现在的教师密码来确认。清除后,忘记的 PIN 无法重置;以后再设置的新教师密码也不能重置现在已有的 PIN。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../netmkt_desktop/ui/theme.py" line="+52"/>
        <source>浅色</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>深色</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>高对比度</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../netmkt_desktop/ui/zoom.py" line="+230"/>
        <source>实际大小</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>_GoalRow</name>
    <message>
        <location filename="../../netmkt_desktop/ui/plan_wizard.py" line="-149"/>
        <source>yyyy年M月</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{tier}({note})</source>
        <translation>{tier}({note})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tier}目标时间</source>
        <translation>{tier}目标时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tier}要学要做的事</source>
        <translation>{tier}要学要做的事</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>目标时间 *</source>
        <translation>目标时间 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要学要做的事</source>
        <translation>要学要做的事</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../netmkt_desktop/storage/backups.py" line="+291"/>
        <source>个人数据文件已损坏,备份没有完成:
{path}

检查结果:{detail}</source>
        <translation>个人数据文件已损坏,备份没有完成:
{path}

检查结果:{detail}</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>备份文件不存在。</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>备份文件已损坏({reason})。</source>
        <translation>备份文件已损坏({reason})。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>备份文件已损坏(检查结果:{detail})。</source>
        <translation>备份文件已损坏(检查结果:{detail})。</translation>
    </message>
    <message>
        <location line="+157"/>
        <location line="+31"/>
        <location filename="../../netmkt_desktop/storage/folder_backups.py" line="+172"/>
        <source>备份没有完成:{reason}。

备份文件夹:{folder}</source>
        <translation>备份没有完成:{reason}。

备份文件夹:{folder}</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+4"/>
        <source>恢复前无法先保存当前的数据,因此没有恢复,数据没有改动。

{reason}</source>
        <translation>恢复前无法先保存当前的数据,因此没有恢复,数据没有改动。

{reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>恢复后检查数据文件时发现问题:{detail}

数据文件:{path}</source>
        <translation>恢复后检查数据文件时发现问题:{detail}

数据文件:{path}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/folder_backups.py" line="+156"/>
        <source>恢复没有全部完成:{reason}。

数据文件夹:{folder}</source>
        <translation>恢复没有全部完成:{reason}。

数据文件夹:{folder}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/backups.py" line="-115"/>
        <source>无法创建备份文件夹:
{folder}

原因:{reason}</source>
        <translation>无法创建备份文件夹:
{folder}

原因:{reason}</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>无法打开备份文件({reason})。</source>
        <translation>无法打开备份文件({reason})。</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>没有可以备份的个人数据文件:
{path}</source>
        <translation>没有可以备份的个人数据文件:
{path}</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../../netmkt_desktop/storage/folder_backups.py" line="-24"/>
        <location filename="../../netmkt_desktop/storage/opening.py" line="+357"/>
        <source>没有恢复,数据没有改动。这个备份不能使用:
{path}

{reason}</source>
        <translation>没有恢复,数据没有改动。这个备份不能使用:
{path}

{reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>没有恢复:{reason}。

数据文件:{path}</source>
        <translation>没有恢复:{reason}。

数据文件:{path}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>没有恢复:{reason}。
数据文件没有改动(恢复是一次完整的写入,要么全部完成,要么没有发生)。

数据文件:{path}</source>
        <translation>没有恢复:{reason}。
数据文件没有改动(恢复是一次完整的写入,要么全部完成,要么没有发生)。

数据文件:{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>没有恢复:数据文件夹中已经有一个新的数据文件:
{path}</source>
        <translation>没有恢复:数据文件夹中已经有一个新的数据文件:
{path}</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>这不是本软件的数据文件(不是 SQLite 数据库)。</source>
        <translation>这不是本软件的数据文件(不是 SQLite 数据库)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>这不是本软件的数据文件(里面没有规划数据表)。</source>
        <translation>这不是本软件的数据文件(里面没有规划数据表)。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>这个备份由更新版本的本软件制作(数据版本 {version}),本软件无法使用它。请先更新软件。</source>
        <translation>这个备份由更新版本的本软件制作(数据版本 {version}),本软件无法使用它。请先更新软件。</translation>
    </message>
</context>
<context>
    <name>class_summary</name>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+163"/>
        <source>不是普通文件(可能是管道、设备或文件夹),没有读取。</source>
        <translation>不是普通文件(可能是管道、设备或文件夹),没有读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件太大({size}),交作业文件不会超过 {limit} KB,没有读取。</source>
        <translation>文件太大({size}),交作业文件不会超过 {limit} KB,没有读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法读取:{reason}</source>
        <translation>无法读取:{reason}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>无法读取文件夹:{folder}
原因:{reason}</source>
        <translation>无法读取文件夹:{folder}
原因:{reason}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>无法读取这个子文件夹:{reason}</source>
        <translation>无法读取这个子文件夹:{reason}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>这是老师批改后退回的文件(已批改),文件夹中没有它对应的作业。</source>
        <translation>这是老师批改后退回的文件(已批改),文件夹中没有它对应的作业。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../netmkt_desktop/cli.py" line="+68"/>
        <source>  {outline}:{roots} 个顶层条目,共 {entries} 个条目,最深 {depth} 层</source>
        <translation>  {outline}:{roots} 个顶层条目,共 {entries} 个条目,最深 {depth} 层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  {outline}:无</source>
        <translation>  {outline}:无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  位置:{place}</source>
        <translation>  位置:{place}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>  包 id:{id}</source>
        <translation>  包 id:{id}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>  包名称:{name}</source>
        <translation>  包名称:{name}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>  原因:{reason}</source>
        <translation>  原因:{reason}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>  文件:{file}</source>
        <translation>  文件:{file}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>  文字来源:</source>
        <translation>  文字来源:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>  版本:{version}</source>
        <translation>  版本:{version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  简介:{description}</source>
        <translation>  简介:{description}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  节点 id 与内置内容没有重复,可以在软件中导入这个内容包。</source>
        <translation>  节点 id 与内置内容没有重复,可以在软件中导入这个内容包。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>  节点:共 {n} 个</source>
        <translation>  节点:共 {n} 个</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>  语言:{language}</source>
        <translation>  语言:{language}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  说明:包 id 为“core”,这是内置内容文件,不能作为内容包导入。</source>
        <translation>  说明:包 id 为“core”,这是内置内容文件,不能作为内容包导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(整个文件)</source>
        <translation>(整个文件)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}({code}){n} 个节点</source>
        <translation>{name}({code}){n} 个节点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>主题目录(topics)</source>
        <translation>主题目录(topics)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>内存不足,无法检查这个文件。</source>
        <translation>内存不足,无法检查这个文件。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>内容文件有错误,不能使用:</source>
        <translation>内容文件有错误,不能使用:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>教材以外的资料</source>
        <translation>教材以外的资料</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>教材原文</source>
        <translation>教材原文</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>教材目录(textbook)</source>
        <translation>教材目录(textbook)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>检查时出错({error}),文件不能使用。</source>
        <translation>检查时出错({error}),文件不能使用。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>检查通过:{path}</source>
        <translation>检查通过:{path}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>编者所写</source>
        <translation>编者所写</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location filename="../../netmkt_desktop/content.py" line="+585"/>
        <source>(文件顶层)</source>
        <translation>(文件顶层)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>JSON 内容无法读取(数字过长或格式不对)</source>
        <translation>JSON 内容无法读取(数字过长或格式不对)</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>JSON 结束后还有多余的内容</source>
        <translation>JSON 结束后还有多余的内容</translation>
    </message>
    <message>
        <location line="+354"/>
        <source>JSON 语法错误</source>
        <translation>JSON 语法错误</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>JSON 语法错误({problem})</source>
        <translation>JSON 语法错误({problem})</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>id“{id}”只能由字母、数字、下划线、点和连字符组成(最长128个字符)</source>
        <translation>id“{id}”只能由字母、数字、下划线、点和连字符组成(最长128个字符)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id“{id}”重复,第一次出现在 {place}</source>
        <translation>id“{id}”重复,第一次出现在 {place}</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>不是本软件的内容文件(format 应为“{format}”)</source>
        <translation>不是本软件的内容文件(format 应为“{format}”)</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>不能为空</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>内存不足,无法读取这个文件</source>
        <translation>内存不足,无法读取这个文件</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>内容格式版本 {version} 比本软件支持的版本 {known} 新,请更新软件</source>
        <translation>内容格式版本 {version} 比本软件支持的版本 {known} 新,请更新软件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>内容格式版本应从 1 开始</source>
        <translation>内容格式版本应从 1 开始</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>列表的最后一项后面多了逗号</source>
        <translation>列表的最后一项后面多了逗号</translation>
    </message>
    <message>
        <location line="+304"/>
        <location filename="../../netmkt_desktop/packs.py" line="+123"/>
        <source>包 id 只能由字母、数字、下划线、点和连字符组成</source>
        <translation>包 id 只能由字母、数字、下划线、点和连字符组成</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>字段“{key}”从内容格式版本 2 起才有,请把 format_version 改为 2</source>
        <translation>字段“{key}”从内容格式版本 2 起才有,请把 format_version 改为 2</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>对象的最后一项后面多了逗号</source>
        <translation>对象的最后一项后面多了逗号</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>嵌套层数超过 {n} 层</source>
        <translation>嵌套层数超过 {n} 层</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+9"/>
        <source>嵌套层数过深(最多 {n} 层)</source>
        <translation>嵌套层数过深(最多 {n} 层)</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>应为列表 […],实际为{type}</source>
        <translation>应为列表 […],实际为{type}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>应为对象 {{…}},实际为{type}</source>
        <translation>应为对象 {{…}},实际为{type}</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>应为整数,实际为{type}</source>
        <translation>应为整数,实际为{type}</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>应为文本,实际为{type}</source>
        <translation>应为文本,实际为{type}</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+31"/>
        <location line="+44"/>
        <source>应为节点 id 文本,实际为{type}</source>
        <translation>应为节点 id 文本,实际为{type}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>应为非空文本,实际为{type}</source>
        <translation>应为非空文本,实际为{type}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>应为非空的文本列表,实际为{type}</source>
        <translation>应为非空的文本列表,实际为{type}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <source>引用了不存在的节点 id“{id}”</source>
        <translation>引用了不存在的节点 id“{id}”</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>文件不是 UTF-8 编码的文本</source>
        <translation>文件不是 UTF-8 编码的文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件中的数据项太多(约 {n} 个),内容文件最多 {limit} 个</source>
        <translation>文件中的数据项太多(约 {n} 个),内容文件最多 {limit} 个</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>文件太大,内容文件最大 {limit} MB</source>
        <translation>文件太大,内容文件最大 {limit} MB</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>文本中有不允许的控制字符</source>
        <translation>文本中有不允许的控制字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文本中有无效的 \u 转义</source>
        <translation>文本中有无效的 \u 转义</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>文本中有无效的转义(反斜杠 \)</source>
        <translation>文本中有无效的转义(反斜杠 \)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>文本太长:有 {n} 个字,最多 {limit} 个字</source>
        <translation>文本太长:有 {n} 个字,最多 {limit} 个字</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>文本缺少结尾的双引号</source>
        <translation>文本缺少结尾的双引号</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>未知字段“{key}”(可用字段:{keys})</source>
        <translation>未知字段“{key}”(可用字段:{keys})</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>未知的列表角色“{value}”(可用:{values})</source>
        <translation>未知的列表角色“{value}”(可用:{values})</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>未知的岗位层级“{value}”(可用:{values})</source>
        <translation>未知的岗位层级“{value}”(可用:{values})</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>未知的文字来源“{value}”(可用:{values})</source>
        <translation>未知的文字来源“{value}”(可用:{values})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>未知的节点类型“{value}”(可用:{values})</source>
        <translation>未知的节点类型“{value}”(可用:{values})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>每个正文块须有且只有“p”(段落)、“h”(小标题)或“ol”(编号列表)之一</source>
        <translation>每个正文块须有且只有“p”(段落)、“h”(小标题)或“ol”(编号列表)之一</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>目录条目太多:至少 {n} 个(每个不写 children 的 ref 连同它带来的子节点一起计算),最多 {limit} 个</source>
        <translation>目录条目太多:至少 {n} 个(每个不写 children 的 ref 连同它带来的子节点一起计算),最多 {limit} 个</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>第 {line} 行第 {column} 列</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>第 {n} 个字节</source>
        <translation>第 {n} 个字节</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>类型为 extension 的节点,文字来源只能是“extension”</source>
        <translation>类型为 extension 的节点,文字来源只能是“extension”</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+259"/>
        <source>缺少必填字段“{key}”</source>
        <translation>缺少必填字段“{key}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至少要有一个节点</source>
        <translation>至少要有一个节点</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>节点 id“{id}”在多个内容包中重复,无法合并</source>
        <translation>节点 id“{id}”在多个内容包中重复,无法合并</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>这里应有一个值</source>
        <translation>这里应有一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这里应有一个用双引号括起来的字段名</source>
        <translation>这里应有一个用双引号括起来的字段名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这里缺少冒号“:”</source>
        <translation>这里缺少冒号“:”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这里缺少逗号“,”</source>
        <translation>这里缺少逗号“,”</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>默认的文字来源只能是“textbook”或“editorial”</source>
        <translation>默认的文字来源只能是“textbook”或“editorial”</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+290"/>
        <source>({place})</source>
        <translation>({place})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(与{other}二者设其一)</source>
        <translation>(与{other}二者设其一)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+29"/>
        <source>(内容中没有:{id})</source>
        <translation>(内容中没有:{id})</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-183"/>
        <source>(内容包所加)</source>
        <translation>(内容包所加)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>(可信度:{certainty})</source>
        <translation>(可信度:{certainty})</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>(教材以外)</source>
        <translation>(教材以外)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(本软件所加)</source>
        <translation>(本软件所加)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(此标题为内容包所加,不是教材原文)</source>
        <translation>(此标题为内容包所加,不是教材原文)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(此标题为本软件所加,教材此处没有标题)</source>
        <translation>(此标题为本软件所加,教材此处没有标题)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+87"/>
        <source>500人以上的企业</source>
        <translation>500人以上的企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500人以下的企业</source>
        <translation>500人以下的企业</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-25"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-1"/>
        <source>{best}(最近 {latest})</source>
        <translation>{best}(最近 {latest})</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-21"/>
        <source>{heading}:{title}</source>
        <translation>{heading}:{title}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+120"/>
        <source>{label}:{tier}的工作重点可放在{focus}。</source>
        <translation>{label}:{tier}的工作重点可放在{focus}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+2"/>
        <location filename="../../netmkt_desktop/plans.py" line="+164"/>
        <location filename="../../netmkt_desktop/ui/i18n.py" line="+146"/>
        <source>{year}年{month}月</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+94"/>
        <source>“{sentence}”</source>
        <translation>“{sentence}”</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+544"/>
        <location filename="../../netmkt_desktop/plans.py" line="+200"/>
        <location filename="../../netmkt_desktop/quiz.py" line="+128"/>
        <location filename="../../netmkt_desktop/recitation.py" line="+41"/>
        <location filename="../../netmkt_desktop/render.py" line="-213"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+156"/>
        <source>【{origin}】</source>
        <translation>【{origin}】</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>【本软件根据教材整理,不是教材原文】</source>
        <translation>【本软件根据教材整理,不是教材原文】</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>〔{kind}〕</source>
        <translation>〔{kind}〕</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-333"/>
        <source>不清楚企业人数,所以列出了全部四个层级。教材说,企业规模不同,设置的岗位层级也有所不同;知道人数后可以再修改。</source>
        <translation>不清楚企业人数,所以列出了全部四个层级。教材说,企业规模不同,设置的岗位层级也有所不同;知道人数后可以再修改。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="-147"/>
        <source>专员</source>
        <translation>专员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-12"/>
        <source>交作业时间</source>
        <translation>交作业时间</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="-266"/>
        <source>交作业时间:{time}  第 {version} 版</source>
        <translation>交作业时间:{time}  第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-1"/>
        <source>企业人数不清楚</source>
        <translation>企业人数不清楚</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-5"/>
        <location filename="../../netmkt_desktop/render.py" line="+199"/>
        <source>企业规模</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="-188"/>
        <source>优秀</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-130"/>
        <source>位置:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+139"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-162"/>
        <source>内容包编写,不是教材原文</source>
        <translation>内容包编写,不是教材原文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>出自:</source>
        <translation>出自:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+24"/>
        <source>千人以上的企业</source>
        <translation>千人以上的企业</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+133"/>
        <source>可信度:</source>
        <translation>可信度:</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+2"/>
        <source>合格</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-142"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>学习进度</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+187"/>
        <source>学习进度:{learned}/{total}({percent}%)</source>
        <translation>学习进度:{learned}/{total}({percent}%)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-7"/>
        <source>学号</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-142"/>
        <source>小节</source>
        <translation>小节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>小资料</source>
        <translation>小资料</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+5"/>
        <source>层级目标</source>
        <translation>层级目标</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+266"/>
        <source>层级阶梯:</source>
        <translation>层级阶梯:</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="+209"/>
        <location filename="../../netmkt_desktop/render.py" line="-268"/>
        <source>岗位</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+1"/>
        <location line="+305"/>
        <source>岗位层级</source>
        <translation>岗位层级</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>岗位层级:</source>
        <translation>岗位层级:</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="+0"/>
        <location filename="../../netmkt_desktop/render.py" line="-294"/>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+12"/>
        <source>已批改</source>
        <translation>已批改</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已被替换</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>已达成</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+121"/>
        <source>建议(教材未逐级规定)</source>
        <translation>建议(教材未逐级规定)</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>总监</source>
        <translation>总监</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/quiz.py" line="+30"/>
        <location filename="../../netmkt_desktop/recitation.py" line="+1"/>
        <location filename="../../netmkt_desktop/render.py" line="+303"/>
        <source>或</source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-142"/>
        <source>所属职业:</source>
        <translation>所属职业:</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>拓展资料</source>
        <translation>拓展资料</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>教材中一般设有此层级的企业</source>
        <translation>教材中一般设有此层级的企业</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>教材以外的资料,不是教材原文</source>
        <translation>教材以外的资料,不是教材原文</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>教材出处:</source>
        <translation>教材出处:</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>教材原文</source>
        <translation>教材原文</translation>
    </message>
    <message>
        <location line="+236"/>
        <location line="+41"/>
        <source>教材原文:</source>
        <translation>教材原文:</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>教材原文:“{sentence}”(出自:{place})</source>
        <translation>教材原文:“{sentence}”(出自:{place})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>教材没有逐个岗位说明岗位职责。下面是教材“{heading}”的原文,供对照:</source>
        <translation>教材没有逐个岗位说明岗位职责。下面是教材“{heading}”的原文,供对照:</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>教材说的是一般情况(“基本”“主要设”“甚至部分企业……只设置了”),实际企业的设置可以不同。恰好500人的企业,“500人以上”和“500人以下”都可以包括,3个层级和两个层级两种说法都符合教材。</source>
        <translation>教材说的是一般情况(“基本”“主要设”“甚至部分企业……只设置了”),实际企业的设置可以不同。恰好500人的企业,“500人以上”和“500人以下”都可以包括,3个层级和两个层级两种说法都符合教材。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+140"/>
        <source>教材说这类企业一般不设此层级</source>
        <translation>教材说这类企业一般不设此层级</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-212"/>
        <source>教材部分</source>
        <translation>教材部分</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+6"/>
        <source>文件名</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+174"/>
        <source>本节内容:</source>
        <translation>本节内容:</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>本软件编写,不是教材原文</source>
        <translation>本软件编写,不是教材原文</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>来源:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>来源:{source}</source>
        <translation>来源:{source}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+132"/>
        <source>没有目标</source>
        <translation>没有目标</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>测验成绩</source>
        <translation>测验成绩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="-2"/>
        <source>班级:{class_name}  学号:{number}  姓名:{name}</source>
        <translation>班级:{class_name}  学号:{number}  姓名:{name}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+4"/>
        <source>目标岗位</source>
        <translation>目标岗位</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-12"/>
        <source>相关教材位置:</source>
        <translation>相关教材位置:</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>知识拓展</source>
        <translation>知识拓展</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>知识点</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="+15"/>
        <source>第 {version} 版已批改</source>
        <translation>第 {version} 版已批改</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="-141"/>
        <source>经理</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>网络营销专员</source>
        <translation>网络营销专员</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>网络营销业务较少的企业</source>
        <translation>网络营销业务较少的企业</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>网络营销主管</source>
        <translation>网络营销主管</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/ui/i18n.py" line="+10"/>
        <source>网络营销岗位学习助手</source>
        <translation>网络营销岗位学习助手</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/tiers.py" line="+2"/>
        <source>网络营销总监</source>
        <translation>网络营销总监</translation>
    </message>
    <message>
        <location line="+131"/>
        <location line="+9"/>
        <source>网络营销推广</source>
        <translation>网络营销推广</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络营销推广,并逐步拓展到网络营销策划</source>
        <translation>网络营销推广,并逐步拓展到网络营销策划</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>网络营销的整体项目运作</source>
        <translation>网络营销的整体项目运作</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+11"/>
        <source>网络营销策划</source>
        <translation>网络营销策划</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>网络营销经理</source>
        <translation>网络营销经理</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="+0"/>
        <location filename="../../netmkt_desktop/render.py" line="+1"/>
        <source>职业</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+3"/>
        <source>自测:最好 {best},最近 {latest},共 {count} 次</source>
        <translation>自测:最好 {best},最近 {latest},共 {count} 次</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="-3"/>
        <source>节</source>
        <translation>节</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/class_summary.py" line="-16"/>
        <source>规划标题</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/render.py" line="+200"/>
        <source>详见:</source>
        <translation>详见:</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>这是教材以外的补充资料,不是教材原文。</source>
        <translation>这是教材以外的补充资料,不是教材原文。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+2"/>
        <source>需修改</source>
        <translation>需修改</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../netmkt_desktop/files.py" line="+162"/>
        <source>文件太大({size}),最多只能读取 {limit},没有读取。</source>
        <translation>文件太大({size}),最多只能读取 {limit},没有读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法读取文件:{reason}</source>
        <translation>无法读取文件:{reason}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>这不是一个普通文件(可能是文件夹、设备或管道),没有读取。</source>
        <translation>这不是一个普通文件(可能是文件夹、设备或管道),没有读取。</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="+350"/>
        <source>(位置:{place})</source>
        <translation>(位置:{place})</translation>
    </message>
    <message>
        <location line="+175"/>
        <location filename="../../netmkt_desktop/storage/handins.py" line="+82"/>
        <source>(没有填写学生信息)</source>
        <translation>(没有填写学生信息)</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>{what}有误:{reason}{where}{hint}</source>
        <translation>{what}有误:{reason}{where}{hint}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>不认识的等级“{value}”(可用:{codes} 或 null)。</source>
        <translation>不认识的等级“{value}”(可用:{codes} 或 null)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>交作业文件</source>
        <translation>交作业文件</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>应为列表,实际为{type}。</source>
        <translation>应为列表,实际为{type}。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>应为带时区的时间,例如 2026-11-27T08:00:00Z。</source>
        <translation>应为带时区的时间,例如 2026-11-27T08:00:00Z。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>应为规划编号(小写的 UUID,例如 0f8fad5b-d9cb-469f-a165-70867728950e)。</source>
        <translation>应为规划编号(小写的 UUID,例如 0f8fad5b-d9cb-469f-a165-70867728950e)。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>批改文件</source>
        <translation>批改文件</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>文件可能不完整(例如复制时中断)或已损坏。</source>
        <translation>文件可能不完整(例如复制时中断)或已损坏。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>文件太大(超过 {limit} KB),不是交作业文件。</source>
        <translation>文件太大(超过 {limit} KB),不是交作业文件。</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>时间应在 {low}–{high} 年之间。</source>
        <translation>时间应在 {low}–{high} 年之间。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>最多 {limit} 项,实际有 {n} 项。</source>
        <translation>最多 {limit} 项,实际有 {n} 项。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>这不是老师批改后的文件(文件中没有评语)。</source>
        <translation>这不是老师批改后的文件(文件中没有评语)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>这份批改属于另一份规划(“{title}”,规划编号 {plan_id}),不是所选的规划。请选中交作业时的那份规划再导入。</source>
        <translation>这份批改属于另一份规划(“{title}”,规划编号 {plan_id}),不是所选的规划。请选中交作业时的那份规划再导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这份批改是给“{who}”的,你的学生信息是“{mine}”。只能导入给自己的批改。</source>
        <translation>这份批改是给“{who}”的,你的学生信息是“{mine}”。只能导入给自己的批改。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>这是普通的规划文件(用“导出文件”保存的),不是用“交作业”生成的,没有学生信息。</source>
        <translation>这是普通的规划文件(用“导出文件”保存的),不是用“交作业”生成的,没有学生信息。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>这是老师批改后退回的文件(已批改),不是学生交的作业。</source>
        <translation>这是老师批改后退回的文件(已批改),不是学生交的作业。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../netmkt_desktop/storage/opening.py" line="-258"/>
        <source>{year}年{month}月{day}日 {time}</source>
        <translation>{year}年{month}月{day}日 {time}</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>上次使用本软件时的一些保存可能没有留下来:数据文件旁边的保存记录(-wal 文件)已损坏,其中的内容无法读回。现在显示的是能读出的全部数据。

损坏的保存记录已原样保存(没有删除任何内容):
{path}

请检查最近的规划和笔记;需要时把这个文件交给老师。</source>
        <translation>上次使用本软件时的一些保存可能没有留下来:数据文件旁边的保存记录(-wal 文件)已损坏,其中的内容无法读回。现在显示的是能读出的全部数据。

损坏的保存记录已原样保存(没有删除任何内容):
{path}

请检查最近的规划和笔记;需要时把这个文件交给老师。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>不是 SQLite 数据库</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>个人数据文件已损坏,无法打开:
{path}

{detail}

也无法把它改名保存到一旁({reason}),因此没有做任何改动。请把这个文件复制一份交给老师。</source>
        <translation>个人数据文件已损坏,无法打开:
{path}

{detail}

也无法把它改名保存到一旁({reason}),因此没有做任何改动。请把这个文件复制一份交给老师。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>个人数据文件已损坏,无法打开。

检查结果:{detail}</source>
        <translation>个人数据文件已损坏,无法打开。

检查结果:{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为了保护它,已把它原样改名保存为(没有删除任何内容):
{path}</source>
        <translation>为了保护它,已把它原样改名保存为(没有删除任何内容):
{path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>只读或没有写入权限</source>
        <translation>只读或没有写入权限</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>可以恢复 {date} 的备份(那之后的改动会丢失),或者新建一个空的数据文件从头开始。
备份文件:{path}</source>
        <translation>可以恢复 {date} 的备份(那之后的改动会丢失),或者新建一个空的数据文件从头开始。
备份文件:{path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>数据文件夹所在的磁盘(或 U 盘)已满,连打开个人数据都做不到:
{folder}

现在可以浏览学习内容,但规划等个人数据不会保存。请删除一些不需要的文件,然后重新打开本软件。数据文件没有改动。</source>
        <translation>数据文件夹所在的磁盘(或 U 盘)已满,连打开个人数据都做不到:
{folder}

现在可以浏览学习内容,但规划等个人数据不会保存。请删除一些不需要的文件,然后重新打开本软件。数据文件没有改动。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>数据文件夹所在的磁盘(或 U 盘)已满,连打开这个学习档案都做不到:
{folder}

请删除一些不需要的文件,然后再打开它。数据文件没有改动。</source>
        <translation>数据文件夹所在的磁盘(或 U 盘)已满,连打开这个学习档案都做不到:
{folder}

请删除一些不需要的文件,然后再打开它。数据文件没有改动。</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>数据文件夹无法写入({reason}):
{folder}

现在可以浏览学习内容,但规划等个人数据不会保存。
请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:
netmkt-desktop --data-dir D:\我的学习数据</source>
        <translation>数据文件夹无法写入({reason}):
{folder}

现在可以浏览学习内容,但规划等个人数据不会保存。
请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:
netmkt-desktop --data-dir D:\我的学习数据</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+84"/>
        <source>文件开头不是 SQLite 数据库的标记(不是本软件的数据文件,或已严重损坏)</source>
        <translation>文件开头不是 SQLite 数据库的标记(不是本软件的数据文件,或已严重损坏)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>无法打开个人数据文件:
{path}

原因:{reason}</source>
        <translation>无法打开个人数据文件:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+79"/>
        <source>无法把现有的数据文件移到一旁({reason}),因此没有新建:
{path}</source>
        <translation>无法把现有的数据文件移到一旁({reason}),因此没有新建:
{path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>没有恢复:只能恢复这个档案自己的备份。
{path}</source>
        <translation>没有恢复:只能恢复这个档案自己的备份。
{path}</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>没有找到可以使用的备份。可以新建一个空的数据文件从头开始;损坏的文件可以交给老师尝试修复。</source>
        <translation>没有找到可以使用的备份。可以新建一个空的数据文件从头开始;损坏的文件可以交给老师尝试修复。</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../netmkt_desktop/packs.py" line="-16"/>
        <source>(本包共有 {n} 个节点 id 与其他内容重复)</source>
        <translation>(本包共有 {n} 个节点 id 与其他内容重复)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>内容包“{name}”({id})</source>
        <translation>内容包“{name}”({id})</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>内置内容“{name}”</source>
        <translation>内置内容“{name}”</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>包 id“core”是内置内容专用的,内容包不能使用</source>
        <translation>包 id“core”是内置内容专用的,内容包不能使用</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>包 id“core”是内置内容专用的,请给自己的内容包另取一个 id</source>
        <translation>包 id“core”是内置内容专用的,请给自己的内容包另取一个 id</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>包 id“{id}”与已安装的内容包“{other}”只有大小写不同,请换一个 id</source>
        <translation>包 id“{id}”与已安装的内容包“{other}”只有大小写不同,请换一个 id</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>包 id“{id}”在 Windows 上不能用作文件名,请换一个 id</source>
        <translation>包 id“{id}”在 Windows 上不能用作文件名,请换一个 id</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>已安装的“{name}”版本 {old} 比此文件的版本 {new} 新;如确实要换回旧版本,请先删除已安装的内容包再导入</source>
        <translation>已安装的“{name}”版本 {old} 比此文件的版本 {new} 新;如确实要换回旧版本,请先删除已安装的内容包再导入</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>文件名应为“{name}”:请用软件的导入功能安装内容包,不要手动复制文件</source>
        <translation>文件名应为“{name}”:请用软件的导入功能安装内容包,不要手动复制文件</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>无法保存内容包({reason})</source>
        <translation>无法保存内容包({reason})</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>无法在内容包文件夹中保存文件({reason})</source>
        <translation>无法在内容包文件夹中保存文件({reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无法复制到内容包文件夹({reason})</source>
        <translation>无法复制到内容包文件夹({reason})</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>无法读取内容包文件夹({reason})</source>
        <translation>无法读取内容包文件夹({reason})</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>节点 id“{id}”已被{owner}使用{more};内容包的节点 id 不能与内置内容或其他内容包重复,请换一个 id(例如以包 id“{pack}.”开头)</source>
        <translation>节点 id“{id}”已被{owner}使用{more};内容包的节点 id 不能与内置内容或其他内容包重复,请换一个 id(例如以包 id“{pack}.”开头)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../netmkt_desktop/paths.py" line="+231"/>
        <source>文件或文件夹不存在</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>无法在数据文件夹中保存数据:
{path}

原因:{reason}

请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:
netmkt-desktop --data-dir D:\我的学习数据</source>
        <translation>无法在数据文件夹中保存数据:
{path}

原因:{reason}

请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:
netmkt-desktop --data-dir D:\我的学习数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有写入权限</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>磁盘空间已满(或 U 盘已写满)</source>
        <translation>磁盘空间已满(或 U 盘已写满)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>读写磁盘时出错(U 盘是否已被拔出?)</source>
        <translation>读写磁盘时出错(U 盘是否已被拔出?)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>这个路径已被一个文件占用,不是文件夹</source>
        <translation>这个路径已被一个文件占用,不是文件夹</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>这是只读的磁盘或文件夹</source>
        <translation>这是只读的磁盘或文件夹</translation>
    </message>
</context>
<context>
    <name>pin</name>
    <message>
        <location filename="../../netmkt_desktop/pin.py" line="+164"/>
        <source>PIN 不正确,请再试一次(再输错 {left} 次,这个用户档案将暂时锁定)。</source>
        <translation>PIN 不正确,请再试一次(再输错 {left} 次,这个用户档案将暂时锁定)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN 不正确。输错的次数太多,请等 {wait}后再试。</source>
        <translation>PIN 不正确。输错的次数太多,请等 {wait}后再试。</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>PIN 只能由数字 0–9 组成。</source>
        <translation>PIN 只能由数字 0–9 组成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN 应为 {low}–{high} 位数字,现在是 {n} 位。</source>
        <translation>PIN 应为 {low}–{high} 位数字,现在是 {n} 位。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PIN 应为文本。</source>
        <translation>PIN 应为文本。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{minutes} 分 {seconds} 秒</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{n} 分钟</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{n} 秒</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>教师密码不正确,请再试一次(再输错 {left} 次,教师密码将暂时锁定)。</source>
        <translation>教师密码不正确,请再试一次(再输错 {left} 次,教师密码将暂时锁定)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>教师密码不正确。输错的次数太多,请等 {wait}后再试。</source>
        <translation>教师密码不正确。输错的次数太多,请等 {wait}后再试。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>教师密码不能包含控制字符或残缺的字符。</source>
        <translation>教师密码不能包含控制字符或残缺的字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>教师密码应为 {low}–{high} 个字符,现在是 {n} 个。</source>
        <translation>教师密码应为 {low}–{high} 个字符,现在是 {n} 个。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>教师密码应为文本。</source>
        <translation>教师密码应为文本。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>请输入 PIN({low}–{high} 位数字)。</source>
        <translation>请输入 PIN({low}–{high} 位数字)。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>输错 PIN 的次数太多,这个用户档案暂时锁定,请等 {wait}后再试。</source>
        <translation>输错 PIN 的次数太多,这个用户档案暂时锁定,请等 {wait}后再试。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>输错教师密码的次数太多,教师密码暂时锁定,请等 {wait}后再试。</source>
        <translation>输错教师密码的次数太多,教师密码暂时锁定,请等 {wait}后再试。</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-83"/>
        <source>(副本)</source>
        <translation>(副本)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>(规划制作时的内容版本:{version})</source>
        <translation>(规划制作时的内容版本:{version})</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{tier}不在这份规划可选的目标层级中。</source>
        <translation>{tier}不在这份规划可选的目标层级中。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{tier}只能有一个目标。</source>
        <translation>{tier}只能有一个目标。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{tier}的目标年份应在 {low}–{high} 之间,现在是 {year}。</source>
        <translation>{tier}的目标年份应在 {low}–{high} 之间,现在是 {year}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{tier}的目标时间({month})早于{lower}({lower_month}):高一级的目标不能先于低一级达成。</source>
        <translation>{tier}的目标时间({month})早于{lower}({lower_month}):高一级的目标不能先于低一级达成。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{tier}的目标月份应在 1–12 之间,现在是 {month}。</source>
        <translation>{tier}的目标月份应在 1–12 之间,现在是 {month}。</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>“{value}”不是有效的日期。</source>
        <translation>“{value}”不是有效的日期。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>不是有效的 JSON 文本(第 {line} 行第 {column} 列)。</source>
        <translation>不是有效的 JSON 文本(第 {line} 行第 {column} 列)。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>不认识的岗位层级“{value}”(可用:{codes})。</source>
        <translation>不认识的岗位层级“{value}”(可用:{codes})。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>同一个岗位层级有多个目标。</source>
        <translation>同一个岗位层级有多个目标。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>应为 true 或 false,实际为{type}。</source>
        <translation>应为 true 或 false,实际为{type}。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>应为“年-月-日”格式的日期(例如 2027-06-30)或 null。</source>
        <translation>应为“年-月-日”格式的日期(例如 2027-06-30)或 null。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>应为岗位层级代码文本,实际为{type}。</source>
        <translation>应为岗位层级代码文本,实际为{type}。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>应为文本。</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>文件不是 UTF-8 编码的文本。</source>
        <translation>文件不是 UTF-8 编码的文本。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>文件太大,不是规划文件。</source>
        <translation>文件太大,不是规划文件。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>规划“{title}”中“{tier}”这个目标的达成日期是 {day},晚于今天({today})。目标只能在已经到来的日子达成。如果这台电脑的日期不对,请先改正日期再导入。</source>
        <translation>规划“{title}”中“{tier}”这个目标的达成日期是 {day},晚于今天({today})。目标只能在已经到来的日子达成。如果这台电脑的日期不对,请先改正日期再导入。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>规划文件</source>
        <translation>规划文件</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>规划文件有误:{reason}</source>
        <translation>规划文件有误:{reason}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>规划文件有误:{reason}(位置:{place})</source>
        <translation>规划文件有误:{reason}(位置:{place})</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>请选择目标岗位。</source>
        <translation>请选择目标岗位。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>这份规划所选的{kind}“{id}”已不在当前内容中{made}</source>
        <translation>这份规划所选的{kind}“{id}”已不在当前内容中{made}</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>这是老师批改后退回的文件,不是规划文件。请在“我的规划”中用“导入批改”打开它。</source>
        <translation>这是老师批改后退回的文件,不是规划文件。请在“我的规划”中用“导入批改”打开它。</translation>
    </message>
</context>
<context>
    <name>profile_file</name>
    <message>
        <location filename="../../netmkt_desktop/profile_file.py" line="+126"/>
        <source>{reason}(位置:{place})</source>
        <translation>{reason}(位置:{place})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{what}“{value}”出现了两次。</source>
        <translation>{what}“{value}”出现了两次。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>“{value}”不是有效的时间。</source>
        <translation>“{value}”不是有效的时间。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>“{value}”不是有效的背诵清单 id。</source>
        <translation>“{value}”不是有效的背诵清单 id。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>个人数据文件</source>
        <translation>个人数据文件</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>内容 id</source>
        <translation>内容 id</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>应为“年-月-日T时:分:秒”格式的时间文本。</source>
        <translation>应为“年-月-日T时:分:秒”格式的时间文本。</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>应为时间文本。</source>
        <translation>应为时间文本。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>应为规划编号(小写的 UUID)或 null。</source>
        <translation>应为规划编号(小写的 UUID)或 null。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>无法导入这个数据文件:{reason}

没有导入任何内容,原有的数据没有改动。</source>
        <translation>无法导入这个数据文件:{reason}

没有导入任何内容,原有的数据没有改动。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>第 {n} 份规划有误:{reason}</source>
        <translation>第 {n} 份规划有误:{reason}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>背诵清单 id</source>
        <translation>背诵清单 id</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>规划编号</source>
        <translation>规划编号</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>规划编号的个数({n})与规划的份数({plans})不同。</source>
        <translation>规划编号的个数({n})与规划的份数({plans})不同。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>设置的名字无效。</source>
        <translation>设置的名字无效。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>这是一份职业生涯规划文件,不是个人数据文件。请用“导入规划”打开它。</source>
        <translation>这是一份职业生涯规划文件,不是个人数据文件。请用“导入规划”打开它。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>题目 id</source>
        <translation>题目 id</translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <location filename="../../netmkt_desktop/quiz.py" line="+26"/>
        <source>(“以上”包含本数)</source>
        <translation>(“以上”包含本数)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>1 个层级</source>
        <translation>1 个层级</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>{first}{second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{names}是其他职业的工种。</source>
        <translation>{names}是其他职业的工种。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{names}是另一个职业。</source>
        <translation>{names}是另一个职业。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{names}是教材列出的常见网络营销岗位。</source>
        <translation>{names}是教材列出的常见网络营销岗位。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{n} 个层级</source>
        <translation>{n} 个层级</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{n} 人的企业属于“{size}”{hint}。</source>
        <translation>{n} 人的企业属于“{size}”{hint}。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>{owner}的{list}</source>
        <translation>{owner}的{list}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{owner}的岗位职责</source>
        <translation>{owner}的岗位职责</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>{size}教材说这类企业一般设:{ladder}(共 {n} 个层级)。</source>
        <translation>{size}教材说这类企业一般设:{ladder}(共 {n} 个层级)。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>“{item}”
这一项出自教材的哪一部分?</source>
        <translation>“{item}”
这一项出自教材的哪一部分?</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>“{title}”是教材中的工种。</source>
        <translation>“{title}”是教材中的工种。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}”是教材中的职业。</source>
        <translation>“{title}”是教材中的职业。</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>”“</source>
        <translation>”“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>一家有 {n} 名员工的企业</source>
        <translation>一家有 {n} 名员工的企业</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>一家网络营销业务较少的企业</source>
        <translation>一家网络营销业务较少的企业</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>下列哪一项是教材列出的“{list}”?</source>
        <translation>下列哪一项是教材列出的“{list}”?</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>下列哪一项是教材列出的常见网络营销岗位?</source>
        <translation>下列哪一项是教材列出的常见网络营销岗位?</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>下列哪些是教材列出的“{owner}”的工种?(多选)</source>
        <translation>下列哪些是教材列出的“{owner}”的工种?(多选)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>主要工作任务</source>
        <translation>主要工作任务</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>从低到高:{tiers}。</source>
        <translation>从低到高:{tiers}。</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>只设{tier}</source>
        <translation>只设{tier}</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>把下列网络营销岗位层级按从低到高的顺序排列。</source>
        <translation>把下列网络营销岗位层级按从低到高的顺序排列。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>按教材“{survey}”,{company},网络营销岗位一般设几个层级?</source>
        <translation>按教材“{survey}”,{company},网络营销岗位一般设几个层级?</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>按教材“{survey}”,{company},网络营销岗位一般设置哪些层级?</source>
        <translation>按教材“{survey}”,{company},网络营销岗位一般设置哪些层级?</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>教材列出的“{owner}”的工种有:{names}。</source>
        <translation>教材列出的“{owner}”的工种有:{names}。</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>教材列出的常见网络营销岗位:{names}。</source>
        <translation>教材列出的常见网络营销岗位:{names}。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>教材原文:“{sentence}”</source>
        <translation>教材原文:“{sentence}”</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位(共 1 个层级)。</source>
        <translation>教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位(共 1 个层级)。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>这是“{list}”的第 {n} 项;其他选项是教材中职业的主要工作任务。</source>
        <translation>这是“{list}”的第 {n} 项;其他选项是教材中职业的主要工作任务。</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>这是“{owner}”的第 {n} 项{list}。</source>
        <translation>这是“{owner}”的第 {n} 项{list}。</translation>
    </message>
</context>
<context>
    <name>recitation</name>
    <message>
        <location filename="../../netmkt_desktop/recitation.py" line="+126"/>
        <source>{owner}的主要工作任务</source>
        <translation>{owner}的主要工作任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{owner}的岗位职责</source>
        <translation>{owner}的岗位职责</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>不同规模的企业设置的岗位层级</source>
        <translation>不同规模的企业设置的岗位层级</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>教材列出的{occupation}的工种</source>
        <translation>教材列出的{occupation}的工种</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>第 {n} 级</source>
        <translation>第 {n} 级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>网络营销人员的岗位层级(由低到高)</source>
        <translation>网络营销人员的岗位层级(由低到高)</translation>
    </message>
</context>
<context>
    <name>seed</name>
    <message>
        <location filename="../../netmkt_desktop/seed_texts.py" line="+21"/>
        <source>2020年2月25日,人力资源和社会保障部发布第二批16个新职业,全媒体运营师首次公布。</source>
        <translation>2020年2月25日,人力资源和社会保障部发布第二批16个新职业,全媒体运营师首次公布。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2020年7月6日,人力资源和社会保障部发布第三批新职业,互联网营销师首次公布,同时新增直播销售员工种。教材所说的“2022年……新增”,是相对于2015年版《中华人民共和国职业分类大典》而言。</source>
        <translation>2020年7月6日,人力资源和社会保障部发布第三批新职业,互联网营销师首次公布,同时新增直播销售员工种。教材所说的“2022年……新增”,是相对于2015年版《中华人民共和国职业分类大典》而言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2022年7月的公示稿为449个小类、1636个职业;2015年版大典为8个大类、75个中类、434个小类、1481个职业、2670个工种。</source>
        <translation>2022年7月的公示稿为449个小类、1636个职业;2015年版大典为8个大类、75个中类、434个小类、1481个职业、2670个工种。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>2022年9月27日审定通过的《中华人民共和国职业分类大典(2022年版)》共有8个大类、79个中类、450个小类、1639个职业(细类)、2967个工种,并标注了97个数字职业(S)。</source>
        <translation>2022年9月27日审定通过的《中华人民共和国职业分类大典(2022年版)》共有8个大类、79个中类、450个小类、1639个职业(细类)、2967个工种,并标注了97个数字职业(S)。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>“商品选品员”与“选品员”</source>
        <translation>“商品选品员”与“选品员”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>《中华人民共和国职业分类大典(2022年版)》的规模</source>
        <translation>《中华人民共和国职业分类大典(2022年版)》的规模</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>《互联网营销师国家职业技能标准(2021年版)》1.1–1.9</source>
        <translation>《互联网营销师国家职业技能标准(2021年版)》1.1–1.9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>《互联网营销师国家职业技能标准(2021年版)》1.2;2022年版大典 (第三方整理)</source>
        <translation>《互联网营销师国家职业技能标准(2021年版)》1.2;2022年版大典 (第三方整理)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>《互联网营销师国家职业技能标准(2021年版)》中的职业编码为 4-01-02-07。</source>
        <translation>《互联网营销师国家职业技能标准(2021年版)》中的职业编码为 4-01-02-07。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>《互联网营销师国家职业技能标准(2021年版)》由人社部、中央网信办和国家广播电视总局制定,设五个等级:五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</source>
        <translation>《互联网营销师国家职业技能标准(2021年版)》由人社部、中央网信办和国家广播电视总局制定,设五个等级:五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>《全媒体运营师国家职业标准(2023年版)》(人社部、国家广播电视总局)设四个等级:四级/中级工、三级/高级工、二级/技师、一级/高级技师(不设五级)。据报道,标准设五个职业方向:创意策划、视听运营、直播运营、流量运营、数据分析(职业方向尚未与标准全文核对)。</source>
        <translation>《全媒体运营师国家职业标准(2023年版)》(人社部、国家广播电视总局)设四个等级:四级/中级工、三级/高级工、二级/技师、一级/高级技师(不设五级)。据报道,标准设五个职业方向:创意策划、视听运营、直播运营、流量运营、数据分析(职业方向尚未与标准全文核对)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>互联网营销师与直播销售员工种的首次发布</source>
        <translation>互联网营销师与直播销售员工种的首次发布</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>互联网营销师国家职业技能标准</source>
        <translation>互联网营销师国家职业技能标准</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>互联网营销师的职业编码</source>
        <translation>互联网营销师的职业编码</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>人社部 2020 新职业公告</source>
        <translation>人社部 2020 新职业公告</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>人社部 2020 新职业公告;《全媒体运营师国家职业标准(2023年版)》</source>
        <translation>人社部 2020 新职业公告;《全媒体运营师国家职业标准(2023年版)》</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>人社部 2022-09 发布会报道</source>
        <translation>人社部 2022-09 发布会报道</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>依据教材与标准原文</source>
        <translation>依据教材与标准原文</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>依据标准原文</source>
        <translation>依据标准原文</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>全媒体运营师:发布时间、编码与职业标准</source>
        <translation>全媒体运营师:发布时间、编码与职业标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全媒体运营师的职业编码为 4-13-01-05,归入 4-13-01 社会文化活动服务人员(4-13 文化和教育服务人员),并标注为数字职业(S)。</source>
        <translation>全媒体运营师的职业编码为 4-13-01-05,归入 4-13-01 社会文化活动服务人员(4-13 文化和教育服务人员),并标注为数字职业(S)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发布时间广泛报道;编码依据标准封面;等级依据对标准的报道;职业方向为报道内容,未核对全文</source>
        <translation>发布时间广泛报道;编码依据标准封面;等级依据对标准的报道;职业方向为报道内容,未核对全文</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>在2022年版《中华人民共和国职业分类大典》中,互联网营销师的编码为 4-01-06-02,归入 4-01-06 电子商务服务人员(4-01 批发与零售服务人员),并标注为数字职业(S)。此条依据第三方整理的数据,并非官方页面,仅供参考。</source>
        <translation>在2022年版《中华人民共和国职业分类大典》中,互联网营销师的编码为 4-01-06-02,归入 4-01-06 电子商务服务人员(4-01 批发与零售服务人员),并标注为数字职业(S)。此条依据第三方整理的数据,并非官方页面,仅供参考。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>岗位</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>岗位层级</source>
        <translation>岗位层级</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>广泛报道</source>
        <translation>广泛报道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按“职业 ⊃ 工种 ⊃ 岗位”的关系浏览教材中的两个职业。</source>
        <translation>按“职业 ⊃ 工种 ⊃ 岗位”的关系浏览教材中的两个职业。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>教材中的工种名称为“商品选品员”;《互联网营销师国家职业技能标准(2021年版)》中该工种的名称为“选品员”。</source>
        <translation>教材中的工种名称为“商品选品员”;《互联网营销师国家职业技能标准(2021年版)》中该工种的名称为“选品员”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>普通受教育程度:初中毕业(或相当文化程度)。培训学时:五级不少于120标准学时,四级不少于104标准学时,三级不少于88标准学时,二级和一级各不少于72标准学时。</source>
        <translation>普通受教育程度:初中毕业(或相当文化程度)。培训学时:五级不少于120标准学时,四级不少于104标准学时,三级不少于88标准学时,二级和一级各不少于72标准学时。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>标准中的工种为:选品员、直播销售员、视频创推员、平台管理员。选品员、直播销售员和视频创推员设全部五个等级;平台管理员只设五级至三级。</source>
        <translation>标准中的工种为:选品员、直播销售员、视频创推员、平台管理员。选品员、直播销售员和视频创推员设全部五个等级;平台管理员只设五级至三级。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>标准的等级、工种与培训学时</source>
        <translation>标准的等级、工种与培训学时</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>第一段依据标准原文;第二段较可能属实,未经官方页面核对</source>
        <translation>第一段依据标准原文;第二段较可能属实,未经官方页面核对</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>网络营销专员 → 网络营销主管 → 网络营销经理 → 网络营销总监,以及不同企业规模设置的层级。</source>
        <translation>网络营销专员 → 网络营销主管 → 网络营销经理 → 网络营销总监,以及不同企业规模设置的层级。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>网络营销岗位:人员定位、岗位职责与常见的网络营销岗位。</source>
        <translation>网络营销岗位:人员定位、岗位职责与常见的网络营销岗位。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>职业</source>
        <translation>职业</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../netmkt_desktop/single_instance.py" line="+95"/>
        <source>无法在数据文件夹中创建锁文件:{path}({reason})</source>
        <translation>无法在数据文件夹中创建锁文件:{path}({reason})</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../netmkt_desktop/storage/split.py" line="+398"/>
        <source>

注意:旧数据文件旁边的保存记录(-wal 文件)已损坏,上次使用时的一些保存可能没有分到各个档案里。它和旧数据文件一起原样保存在上面的位置(文件名后加 -wal),需要时请交给老师。</source>
        <translation>

注意:旧数据文件旁边的保存记录(-wal 文件)已损坏,上次使用时的一些保存可能没有分到各个档案里。它和旧数据文件一起原样保存在上面的位置(文件名后加 -wal),需要时请交给老师。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="+335"/>
        <source>{what}没有完成:{reason}。</source>
        <translation>{what}没有完成:{reason}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+121"/>
        <location line="+240"/>
        <source>{what}没有完成:{reason}。
之前保存的数据没有改动。

{path}</source>
        <translation>{what}没有完成:{reason}。
之前保存的数据没有改动。

{path}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="+3"/>
        <source>{what}没有完成:{reason}。
之前保存的数据没有改动。

数据文件:{path}</source>
        <translation>{what}没有完成:{reason}。
之前保存的数据没有改动。

数据文件:{path}</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../netmkt_desktop/storage/store.py" line="+173"/>
        <source>{what}没有完成:个人数据文件已经关闭。</source>
        <translation>{what}没有完成:个人数据文件已经关闭。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+205"/>
        <source>“{name}”的 PIN 是在设置现在的教师密码之前设置的,教师密码不能代替它。
只有输入这个 PIN 才能这样做。</source>
        <translation>“{name}”的 PIN 是在设置现在的教师密码之前设置的,教师密码不能代替它。
只有输入这个 PIN 才能这样做。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}”设置了 PIN,请先输入它的 PIN。</source>
        <translation>“{name}”设置了 PIN,请先输入它的 PIN。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/store.py" line="+55"/>
        <source>上次使用时留下的保存记录(-wal 文件)已损坏,也无法先把它另存一份({reason}),因此没有打开这个学习档案,文件没有改动:
{path}</source>
        <translation>上次使用时留下的保存记录(-wal 文件)已损坏,也无法先把它另存一份({reason}),因此没有打开这个学习档案,文件没有改动:
{path}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/split.py" line="-280"/>
        <location line="+5"/>
        <source>个人数据文件已损坏,无法打开:
{path}</source>
        <translation>个人数据文件已损坏,无法打开:
{path}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="-208"/>
        <source>个人数据文件已损坏,无法打开:
{path}

检查结果:{detail}

文件没有被改动。请把它复制一份交给老师,或在“{backups}”文件夹中找以前的备份。</source>
        <translation>个人数据文件已损坏,无法打开:
{path}

检查结果:{detail}

文件没有被改动。请把它复制一份交给老师,或在“{backups}”文件夹中找以前的备份。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../netmkt_desktop/storage/split.py" line="+3"/>
        <source>个人数据文件由更新版本的本软件创建(数据版本 {version},本软件只认识到版本 {known}):
{path}

请更新本软件后再打开。为保护你的数据,文件没有被改动。</source>
        <translation>个人数据文件由更新版本的本软件创建(数据版本 {version},本软件只认识到版本 {known}):
{path}

请更新本软件后再打开。为保护你的数据,文件没有被改动。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>个人数据文件的路径太长,无法打开:
{path}

这个路径有 {size} {unit},数据库文件的路径最多 {limit} {unit}。请把数据文件夹放到路径短一些的地方,例如用 --data-dir D:\我的学习数据。</source>
        <translation>个人数据文件的路径太长,无法打开:
{path}

这个路径有 {size} {unit},数据库文件的路径最多 {limit} {unit}。请把数据文件夹放到路径短一些的地方,例如用 --data-dir D:\我的学习数据。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>个字符</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>个字节</source>
        <translation>个字节</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/split.py" line="+276"/>
        <source>从这个版本起,每个学习档案保存在自己的文件里(“{profiles}”文件夹),恢复备份只会改动自己的档案。

已经把原来的 {n} 个档案分开保存:{names}。

原来的数据文件原样保存在:
{kept}</source>
        <translation>从这个版本起,每个学习档案保存在自己的文件里(“{profiles}”文件夹),恢复备份只会改动自己的档案。

已经把原来的 {n} 个档案分开保存:{names}。

原来的数据文件原样保存在:
{kept}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+15"/>
        <source>保存 PIN</source>
        <translation>保存 PIN</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/study.py" line="+101"/>
        <source>保存书签</source>
        <translation>保存书签</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>保存学习进度</source>
        <translation>保存学习进度</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="-37"/>
        <source>保存学生信息</source>
        <translation>保存学生信息</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-390"/>
        <source>保存教师密码</source>
        <translation>保存教师密码</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/quiz.py" line="+103"/>
        <source>保存测验成绩</source>
        <translation>保存测验成绩</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/study.py" line="+35"/>
        <source>保存笔记</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/recitation.py" line="+55"/>
        <source>保存背诵成绩</source>
        <translation>保存背诵成绩</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="+120"/>
        <source>保存规划</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/settings.py" line="+29"/>
        <location line="+11"/>
        <source>保存设置</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="+63"/>
        <source>保存达成日期</source>
        <translation>保存达成日期</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/quiz.py" line="+51"/>
        <location line="+11"/>
        <source>保存错题本</source>
        <translation>保存错题本</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+234"/>
        <source>修改用户档案</source>
        <translation>修改用户档案</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>删除用户档案</source>
        <translation>删除用户档案</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="-33"/>
        <location line="+28"/>
        <source>删除规划</source>
        <translation>删除规划</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="-36"/>
        <source>升级个人数据前无法先做备份,因此没有升级,数据没有改动:
{folder}

原因:{reason}</source>
        <translation>升级个人数据前无法先做备份,因此没有升级,数据没有改动:
{folder}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/split.py" line="+5"/>
        <source>在数据文件夹中找到一个旧版本的数据文件。现有的学习档案没有改动;这个文件原样保存在:
{kept}

需要时,老师可以在“教师设置”中用它恢复整个文件夹。</source>
        <translation>在数据文件夹中找到一个旧版本的数据文件。现有的学习档案没有改动;这个文件原样保存在:
{kept}

需要时,老师可以在“教师设置”中用它恢复整个文件夹。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="-18"/>
        <source>复制规划</source>
        <translation>复制规划</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="+32"/>
        <source>导入批改</source>
        <translation>导入批改</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/store.py" line="+45"/>
        <location filename="../../netmkt_desktop/storage/transfer.py" line="+94"/>
        <source>导入数据</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/transfer.py" line="-29"/>
        <source>导出数据</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-355"/>
        <source>已经有名为“{name}”的用户档案了,请换一个名字(例如加上学号)。</source>
        <translation>已经有名为“{name}”的用户档案了,请换一个名字(例如加上学号)。</translation>
    </message>
    <message>
        <location line="+379"/>
        <location line="+5"/>
        <source>恢复用户档案</source>
        <translation>恢复用户档案</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="-6"/>
        <source>恢复规划</source>
        <translation>恢复规划</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-181"/>
        <location filename="../../netmkt_desktop/storage/store.py" line="-99"/>
        <location line="+31"/>
        <location line="+3"/>
        <source>打开用户档案</source>
        <translation>打开用户档案</translation>
    </message>
    <message>
        <location line="-54"/>
        <location filename="../../netmkt_desktop/storage/transfer.py" line="+39"/>
        <source>找不到这个用户档案(它可能已被删除)。</source>
        <translation>找不到这个用户档案(它可能已被删除)。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="+175"/>
        <source>找不到这个用户档案。</source>
        <translation>找不到这个用户档案。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="+33"/>
        <source>找不到这个目标(它所在的规划可能已被删除)。</source>
        <translation>找不到这个目标(它所在的规划可能已被删除)。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="+36"/>
        <location filename="../../netmkt_desktop/storage/plans.py" line="-72"/>
        <source>找不到这份规划(它可能已被删除)。</source>
        <translation>找不到这份规划(它可能已被删除)。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-106"/>
        <source>教师密码文件无法读取,教师密码暂时不能使用:
{path}

请把这个文件交给管理电脑的老师检查。</source>
        <translation>教师密码文件无法读取,教师密码暂时不能使用:
{path}

请把这个文件交给管理电脑的老师检查。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="+79"/>
        <source>数据不符合要求</source>
        <translation>数据不符合要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库出错</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+220"/>
        <source>数据文件夹正被另一个程序使用</source>
        <translation>数据文件夹正被另一个程序使用</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="-4"/>
        <location line="+1"/>
        <source>数据文件已损坏</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>数据文件或所在的磁盘是只读的</source>
        <translation>数据文件或所在的磁盘是只读的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用</source>
        <translation>数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>文件“{path}”不是本软件的数据文件(不是 SQLite 数据库),因此没有打开它,也没有做任何改动。</source>
        <translation>文件“{path}”不是本软件的数据文件(不是 SQLite 数据库),因此没有打开它,也没有做任何改动。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>文本中有无法保存的字符(残缺的字符)</source>
        <translation>文本中有无法保存的字符(残缺的字符)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/memory.py" line="+24"/>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-22"/>
        <location line="+10"/>
        <source>新建用户档案</source>
        <translation>新建用户档案</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="-66"/>
        <source>无法准备个人数据文件,数据没有改动:
{path}

原因:{reason}</source>
        <translation>无法准备个人数据文件,数据没有改动:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>无法创建数据文件夹:
{folder}

原因:{reason}</source>
        <translation>无法创建数据文件夹:
{folder}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/store.py" line="-83"/>
        <location line="+11"/>
        <source>无法在数据文件夹中保存数据:
{folder}

原因:{reason}</source>
        <translation>无法在数据文件夹中保存数据:
{folder}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="-175"/>
        <source>无法打开个人数据文件:
{path}

原因:{reason}</source>
        <translation>无法打开个人数据文件:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="-4"/>
        <source>无法打开数据文件</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/split.py" line="-24"/>
        <source>无法把个人数据分成每个档案一个文件,原来的数据文件没有改动:
{path}

原因:{reason}</source>
        <translation>无法把个人数据分成每个档案一个文件,原来的数据文件没有改动:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="+11"/>
        <location filename="../../netmkt_desktop/storage/split.py" line="-263"/>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="+58"/>
        <source>无法读取个人数据文件:
{path}

原因:{reason}</source>
        <translation>无法读取个人数据文件:
{path}

原因:{reason}</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-94"/>
        <source>档案 {id}(档案卡无法读取)</source>
        <translation>档案 {id}(档案卡无法读取)</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>检查 PIN</source>
        <translation>检查 PIN</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>检查教师密码</source>
        <translation>检查教师密码</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="-61"/>
        <source>没有读写数据文件的权限</source>
        <translation>没有读写数据文件的权限</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+38"/>
        <source>清除教师密码</source>
        <translation>清除教师密码</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="-2"/>
        <source>磁盘空间已满(或 U 盘已写满)</source>
        <translation>磁盘空间已满(或 U 盘已写满)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="-53"/>
        <source>记录交作业</source>
        <translation>记录交作业</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/memory.py" line="+3"/>
        <source>访客</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/db.py" line="+2"/>
        <source>请把这个文件移走或改名,或者用 --data-dir 选择另一个数据文件夹。</source>
        <translation>请把这个文件移走或改名,或者用 --data-dir 选择另一个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-29"/>
        <source>请输入教师密码。</source>
        <translation>请输入教师密码。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/sqlite_files.py" line="+4"/>
        <source>读写磁盘时出错(U 盘是否已被拔出?)</source>
        <translation>读写磁盘时出错(U 盘是否已被拔出?)</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/study.py" line="+39"/>
        <source>读取书签</source>
        <translation>读取书签</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>读取学习进度</source>
        <translation>读取学习进度</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="-26"/>
        <source>读取学生信息</source>
        <translation>读取学生信息</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/quiz.py" line="-31"/>
        <source>读取测验记录</source>
        <translation>读取测验记录</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/study.py" line="-29"/>
        <source>读取笔记</source>
        <translation>读取笔记</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/recitation.py" line="+19"/>
        <source>读取背诵成绩</source>
        <translation>读取背诵成绩</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="-89"/>
        <source>读取规划</source>
        <translation>读取规划</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/settings.py" line="-19"/>
        <location line="+24"/>
        <source>读取设置</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/quiz.py" line="-110"/>
        <source>读取错题本</source>
        <translation>读取错题本</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/plans.py" line="+164"/>
        <source>达成日期不能晚于今天({today}),没有保存。</source>
        <translation>达成日期不能晚于今天({today}),没有保存。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="+357"/>
        <source>这个档案的档案卡无法读取,为安全起见不能打开:
{path}

老师可以用教师密码删除它。</source>
        <translation>这个档案的档案卡无法读取,为安全起见不能打开:
{path}

老师可以用教师密码删除它。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>这个用户档案已经无法恢复。</source>
        <translation>这个用户档案已经无法恢复。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/handins.py" line="+60"/>
        <source>这份批改是对第 {version} 版的,已经导入了老师对第 {newer} 版的批改,所以没有导入这份较早的批改。</source>
        <translation>这份批改是对第 {version} 版的,已经导入了老师对第 {newer} 版的批改,所以没有导入这份较早的批改。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>这份批改是对规划“{title}”({who},规划编号 {plan_id})的,这个学习档案里没有这份规划(可能已被删除,或者这是别人的批改)。请打开交作业时用的学习档案再导入。</source>
        <translation>这份批改是对规划“{title}”({who},规划编号 {plan_id})的,这个学习档案里没有这份规划(可能已被删除,或者这是别人的批改)。请打开交作业时用的学习档案再导入。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-312"/>
        <source>这台电脑还没有设置教师密码。</source>
        <translation>这台电脑还没有设置教师密码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这需要教师密码,但这台电脑还没有设置教师密码。</source>
        <translation>这需要教师密码,但这台电脑还没有设置教师密码。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/quiz.py" line="+134"/>
        <location line="+11"/>
        <source>错题本里没有这道题。</source>
        <translation>错题本里没有这道题。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/storage/folder_backups.py" line="-205"/>
        <location line="+12"/>
        <location filename="../../netmkt_desktop/storage/profiles.py" line="-100"/>
        <location filename="../../netmkt_desktop/storage/split.py" line="+241"/>
        <source>默认</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <location filename="../../netmkt_desktop/study.py" line="+106"/>
        <source>(内容中已没有这一节)</source>
        <translation>(内容中已没有这一节)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(还没有收藏)</source>
        <translation>(还没有收藏)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(还没有笔记)</source>
        <translation>(还没有笔记)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>位置:{place}</source>
        <translation>位置:{place}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>我的学习笔记</source>
        <translation>我的学习笔记</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>收藏({n})</source>
        <translation>收藏({n})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>笔记({n})</source>
        <translation>笔记({n})</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="+156"/>
        <source>{tier}的内容包含无法保存的控制字符。</source>
        <translation>{tier}的内容包含无法保存的控制字符。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{tier}的内容最多 {limit} 个字,现在有 {n} 个字。</source>
        <translation>{tier}的内容最多 {limit} 个字,现在有 {n} 个字。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{what}不能包含换行或其他控制字符。</source>
        <translation>{what}不能包含换行或其他控制字符。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{what}最多 {limit} 个字,现在有 {n} 个字。</source>
        <translation>{what}最多 {limit} 个字,现在有 {n} 个字。</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>“{value}”不是有效的内容 id。</source>
        <translation>“{value}”不是有效的内容 id。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{value}”不是有效的题目 id。</source>
        <translation>“{value}”不是有效的题目 id。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-37"/>
        <location filename="../../netmkt_desktop/validation.py" line="-79"/>
        <source>不是有效的 JSON 文本(数字过长或嵌套过深)。</source>
        <translation>不是有效的 JSON 文本(数字过长或嵌套过深)。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-3"/>
        <source>不是有效的 JSON 文本(第 {line} 行第 {column} 列),文件可能不完整或已损坏。</source>
        <translation>不是有效的 JSON 文本(第 {line} 行第 {column} 列),文件可能不完整或已损坏。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>不能为空。</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-10"/>
        <location filename="../../netmkt_desktop/validation.py" line="-59"/>
        <source>内容应为文本。</source>
        <translation>内容应为文本。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-42"/>
        <source>列表</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>包含无法保存的控制字符或残缺的字符。</source>
        <translation>包含无法保存的控制字符或残缺的字符。</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/handin.py" line="-438"/>
        <source>学号</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="+149"/>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>应为列表,实际为{type}。</source>
        <translation>应为列表,实际为{type}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="+50"/>
        <location filename="../../netmkt_desktop/profile_file.py" line="-94"/>
        <location line="+17"/>
        <location filename="../../netmkt_desktop/validation.py" line="-11"/>
        <source>应为对象 {{…}},实际为{type}。</source>
        <translation>应为对象 {{…}},实际为{type}。</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../../netmkt_desktop/validation.py" line="-12"/>
        <location line="+50"/>
        <source>应为整数,实际为{type}。</source>
        <translation>应为整数,实际为{type}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-15"/>
        <source>应为文本,实际为{type}。</source>
        <translation>应为文本,实际为{type}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>应在 {low}–{high} 之间,实际为 {value}。</source>
        <translation>应在 {low}–{high} 之间,实际为 {value}。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>数字</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>文件不是 UTF-8 编码的文本,不是本软件导出的{kind}。</source>
        <translation>文件不是 UTF-8 编码的文本,不是本软件导出的{kind}。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>文件太大(超过 {mb} MB),不是本软件导出的{kind}。</source>
        <translation>文件太大(超过 {mb} MB),不是本软件导出的{kind}。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>最多 {limit} 个字,实际有 {n} 个字。</source>
        <translation>最多 {limit} 个字,实际有 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/profile_file.py" line="-14"/>
        <location filename="../../netmkt_desktop/validation.py" line="-14"/>
        <source>最多 {limit} 项,实际有 {n} 项。</source>
        <translation>最多 {limit} 项,实际有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-10"/>
        <source>有不认识的字段“{name}”。</source>
        <translation>有不认识的字段“{name}”。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="+7"/>
        <location filename="../../netmkt_desktop/validation.py" line="-8"/>
        <source>格式版本应从 1 开始,实际为 {version}。</source>
        <translation>格式版本应从 1 开始,实际为 {version}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-217"/>
        <source>班级</source>
        <translation>班级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户档案的名字</source>
        <translation>用户档案的名字</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>真假值</source>
        <translation>真假值</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>空值 null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>笔记包含无法保存的控制字符或残缺的字符。</source>
        <translation>笔记包含无法保存的控制字符或残缺的字符。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>笔记最多 {limit} 个字,现在有 {n} 个字。</source>
        <translation>笔记最多 {limit} 个字,现在有 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-10"/>
        <location filename="../../netmkt_desktop/validation.py" line="+148"/>
        <source>缺少字段“{name}”。</source>
        <translation>缺少字段“{name}”。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/validation.py" line="-230"/>
        <source>规划标题</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>请填写{what}。</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <location filename="../../netmkt_desktop/plans.py" line="-3"/>
        <location filename="../../netmkt_desktop/validation.py" line="+152"/>
        <source>这不是本软件导出的{kind}(缺少 &quot;format&quot;: &quot;{format}&quot;)。</source>
        <translation>这不是本软件导出的{kind}(缺少 &quot;format&quot;: &quot;{format}&quot;)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../netmkt_desktop/validation.py" line="+11"/>
        <source>这个{kind}由更新版本的软件导出(格式版本 {version}),本软件只能读取格式版本 {known}。请更新软件后再导入。</source>
        <translation>这个{kind}由更新版本的软件导出(格式版本 {version}),本软件只能读取格式版本 {known}。请更新软件后再导入。</translation>
    </message>
</context>
</TS>
