<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AmountParser</name>
    <message>
        <source>“%1” is not an amount: this file&apos;s decimal mark is “%2”, and only digits may follow it.</source>
        <translation>“%1”不是金额：此文件的小数点是“%2”，其后只能是数字。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: thousands separators must group three digits, and this file&apos;s decimal mark is “%2”.</source>
        <translation>“%1”不是金额：千位分隔符必须每三位一组，且此文件的小数点是“%2”。</translation>
    </message>
    <message>
        <source>“%1” is not a finite number: an amount is a number such as 5.576M.</source>
        <translation>“%1”不是有限数值：金额应为数字，例如5.576M。</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet error, not an amount.</source>
        <translation>“%1”是电子表格的错误值，不是金额。</translation>
    </message>
    <message>
        <source>“%1” is negative in accounting notation: spending cannot be negative.</source>
        <translation>“%1”是会计记法中的负数：支出不能为负。</translation>
    </message>
    <message>
        <source>“%1”: an amount cannot be negative.</source>
        <translation>“%1”：金额不能为负。</translation>
    </message>
    <message>
        <source>“%1” is a percentage, not an amount.</source>
        <translation>“%1”是百分比，不是金额。</translation>
    </message>
    <message>
        <source>“%1” is in “%2”, not US dollars: convert it first, as SpendLens keeps money in US dollars.</source>
        <translation>“%1”的货币单位是“%2”，不是美元：SpendLens以美元记录金额，请先换算。</translation>
    </message>
    <message>
        <source>An amount is needed, such as 5.576M or 60–65B.</source>
        <translation>需要填写金额，例如5.576M或60–65B。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: use one number or a range such as 60–65B.</source>
        <translation>“%1”不是金额：请填写单个数字或区间，例如60–65B。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: expected a number such as 5.576M, 39.23B or 60–65B.</source>
        <translation>“%1”不是金额：应为数字，例如5.576M、39.23B或60–65B。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: only digits may follow the decimal mark “%2”.</source>
        <translation>“%1”不是金额：小数点“%2”之后只能是数字。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: thousands separators must group three digits.</source>
        <translation>“%1”不是金额：千位分隔符必须每三位一组。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” names two currencies: an amount is in one.</source>
        <translation>“%1”包含两种货币：一个金额只能用一种货币。</translation>
    </message>
    <message>
        <source>“%1” is in “%2”: SpendLens keeps money in US dollars or yuan (RMB); convert it first.</source>
        <translation>“%1”的货币是“%2”：SpendLens 只以美元或人民币记录金额；请先换算。</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Unsaved work could not be kept safe: %1</source>
        <translation>未保存的工作无法安全保留：%1</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <source>Compares different kinds of figure: capital spending buys long-lived assets used for many purposes, while a training-run cost is rented GPU time for one final run and excludes research, staff and hardware.</source>
        <translation>比较的是不同类型的数字：资本支出购置的是用途广泛的长期资产，而训练成本只是单次最终训练租用GPU的费用，不含研究、人员和硬件投入。</translation>
    </message>
    <message>
        <source>A pledge is not spending.</source>
        <translation>承诺投资不等于实际支出。</translation>
    </message>
    <message>
        <source>A commitment to buy computing over several years is not spending.</source>
        <translation>多年期算力采购承诺不等于实际支出。</translation>
    </message>
    <message>
        <source>Guidance and estimates are not outcomes.</source>
        <translation>指引和估算不等于实际结果。</translation>
    </message>
    <message>
        <source>Compares different kinds of figure; see each figure&apos;s basis.</source>
        <translation>比较的是不同类型的数字；请参阅各数据的口径说明。</translation>
    </message>
    <message>
        <source>A figure of kind “other” came from a file whose words for its kind SpendLens could not place: check what it measures before comparing it.</source>
        <translation>类型为“其他”的数据项来自一个文件，SpendLens无法识别其中的类型名称：比较之前请先核实它衡量的是什么。</translation>
    </message>
    <message>
        <source>Capex buys long-lived assets; a training run&apos;s cost is rented compute.</source>
        <translation>资本支出购置长期资产；训练成本是租用的算力。</translation>
    </message>
    <message>
        <source>A multi-year computing commitment is not spending.</source>
        <translation>多年期算力承诺不等于实际支出。</translation>
    </message>
    <message>
        <source>Check what a figure of kind “other” measures.</source>
        <translation>请核实类型为“其他”的数据项衡量的是什么。</translation>
    </message>
    <message>
        <source>Different kinds of figure.</source>
        <translation>数据类型不同。</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Caveat:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注：</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>制图：%1</translation>
    </message>
</context>
<context>
    <name>ChartCatalog</name>
    <message>
        <source>Ratio</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Each compared figure as a multiple of the baseline (log scale)</source>
        <translation>各比较数据相对基准的倍数（对数刻度）</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并列对比</translation>
    </message>
    <message>
        <source>The compared figures in dollars, log or linear, ranges as whiskers</source>
        <translation>以美元显示比较数据，对数或线性刻度，区间以误差线表示</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Proportional-area squares: the headline figure against the baseline</source>
        <translation>面积成比例的方块：主要数据与基准对比</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>One series by year with year-over-year change; guidance as a range</source>
        <translation>单一序列的逐年数值及同比变化；指引以区间显示</translation>
    </message>
    <message>
        <source>Guidance history</source>
        <translation>指引历程</translation>
    </message>
    <message>
        <source>Each guidance statement for one company and year, then the actual</source>
        <translation>某公司某一年份的历次指引，以及最终的实际值</translation>
    </message>
    <message>
        <source>Trends across companies</source>
        <translation>各公司趋势</translation>
    </message>
    <message>
        <source>Capex of several companies by year or quarter; plans as ranges, change and totals</source>
        <translation>多家公司按年或按季度的资本开支；计划以区间表示，附变化与合计</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 (low end %2)</source>
        <translation>%1（取下限%2）</translation>
    </message>
    <message>
        <source>%1 (high end %2)</source>
        <translation>%1（取上限%2）</translation>
    </message>
    <message>
        <source>%1 (midpoint %2)</source>
        <translation>%1（取中值%2）</translation>
    </message>
    <message>
        <source>%1 would cost %2%3</source>
        <translation>%1的成本将为%2%3</translation>
    </message>
    <message>
        <source>%1 estimates %2 at %3</source>
        <translation>%1估计%2为%3</translation>
    </message>
    <message>
        <source>the %1 the %2 would cost%3</source>
        <translation>推算的%2（%1）%3</translation>
    </message>
    <message>
        <source>the %1 %2 estimates the %3 cost</source>
        <translation>%2估计的%3（%1）</translation>
    </message>
    <message>
        <source>Ratio chart with no multiple to show: %1</source>
        <translation>倍数图没有可显示的倍数：%1</translation>
    </message>
    <message>
        <source>no figure is compared with %1.</source>
        <translation>没有与%1比较的数据项。</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1项数据</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1项数据</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <source>%1 is expected to spend %2 on capital projects in %3</source>
        <translation>预计%1在%3的资本支出为%2</translation>
    </message>
    <message>
        <source>%1 plans to spend %2 on capital projects in %3</source>
        <translation>%1计划%3资本支出%2</translation>
    </message>
    <message>
        <source>%1 spent %2 on capital projects in %3</source>
        <translation>%1在%3的资本支出为%2</translation>
    </message>
    <message>
        <source>Analysts expected %1 to spend %2 on capital projects in %3</source>
        <translation>分析师曾预计%1在%3的资本支出为%2</translation>
    </message>
    <message>
        <source>%1 pledged %2 (%3)</source>
        <translation>%1承诺投入%2（%3）</translation>
    </message>
    <message>
        <source>%1 committed to %2 (%3)</source>
        <translation>%1承诺采购%2（%3）</translation>
    </message>
    <message>
        <source>%1 cost %2</source>
        <translation>%1耗资%2</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <translation>%1耗用%2</translation>
    </message>
    <message>
        <source>%1 is estimated at %2</source>
        <translation>%1估计为%2</translation>
    </message>
    <message>
        <source>the %1 %2 says the %3 cost (%4 at the rental price %2 assumed)</source>
        <translation>%2所称的%3（%1，按%2假设的租用价格计算：%4）</translation>
    </message>
    <message>
        <source>the %1 %2 says the %3 cost</source>
        <translation>%2所称的%3（%1）</translation>
    </message>
    <message>
        <source>the %1 %2 spent on capital projects in %3</source>
        <translation>%2在%3的资本支出（%1）</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%2（%1）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2 %3.</source>
        <translation>%1，是%3的%2。</translation>
    </message>
    <message>
        <source>Ratio chart with no baseline chosen.</source>
        <translation>倍数图，尚未选择基准。</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>linear scale</source>
        <translation>线性刻度</translation>
    </message>
    <message>
        <source>Bar chart, %1: %2 side by side, ranges as whiskers. %3.</source>
        <translation>柱状图，%1：%2并列对比，区间以误差线表示。%3。</translation>
    </message>
    <message>
        <source>Scale chart with nothing to compare.</source>
        <translation>规模图，没有可比较的数据。</translation>
    </message>
    <message>
        <source>%1 was %2 in %3</source>
        <translation>%3%1为%2</translation>
    </message>
    <message>
        <source>, %1 on %2</source>
        <translation>，较%2变化%1</translation>
    </message>
    <message>
        <source> Guidance for %1: %2</source>
        <translation>%1指引：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>guidance %1</source>
        <translation>指引%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Bar chart of %1 by year, actuals as bars and guidance as ranges: %2.</source>
        <translation>%1逐年柱状图，实际值为柱形，指引为区间：%2。</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a guidance statement</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1&apos;s %2 capex guidance: %3</source>
        <translation>%1的%2资本支出指引：%3</translation>
    </message>
    <message>
        <source>%1&apos;s %2 capex guidance moved from %3 to %4</source>
        <translation>%1的%2资本支出指引从%3调整为%4</translation>
    </message>
    <message>
        <source>; the actual was %1</source>
        <translation>；实际为%1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>实际为%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2公布%1</translation>
    </message>
    <message>
        <source>No guidance statements to chart.</source>
        <translation>没有可绘制的指引。</translation>
    </message>
    <message>
        <source>Chart of %1&apos;s %2 capex guidance as each statement was made, ranges as bars: %3.</source>
        <translation>%1的%2资本支出指引按每次公布的时间绘制，区间以柱形表示：%3。</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1为%2</translation>
    </message>
    <message>
        <source>%1 plans to spend %2 on %3 in %4</source>
        <translation>%1计划%4在%3投入%2</translation>
    </message>
    <message>
        <source>%1 spent %2 on %3 in %4</source>
        <translation>%1在%4于%3投入%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of an item in a generated sentence</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 is %2 %3</source>
        <translation>%1是%3的%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a figure and its value</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a generated sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list in a generated sentence</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Bar chart, log scale: %1 as multiples of %2. %3.</source>
        <translation>柱状图，对数刻度：%1，以%2的倍数表示。%3。</translation>
    </message>
    <message>
        <source>Two squares whose areas are in proportion: %1 and %2. The larger is %3 the smaller.</source>
        <translation>两个面积成比例的方块：%1和%2。较大者是较小者的%3。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 capex plan: %3</source>
        <translation>%1的%2资本支出计划：%3</translation>
    </message>
    <message>
        <source>%1 kept its %2 capex plan at %3</source>
        <translation>%1维持%2资本支出计划%3不变</translation>
    </message>
    <message>
        <source>%1 raised its %2 capex plan from %3 to %4</source>
        <translation>%1将%2资本支出计划从%3上调至%4</translation>
    </message>
    <message>
        <source>%1 cut its %2 capex plan from %3 to %4</source>
        <translation>%1将%2资本支出计划从%3下调至%4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a converted value and the value as stated</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FactCheckExport</name>
    <message>
        <source>%1: a fact-check sheet is written as Markdown (.md) or PDF (.pdf), not “.%2”</source>
        <translation>%1：事实核查表只能写成Markdown（.md）或PDF（.pdf），不能是“.%2”</translation>
    </message>
    <message>
        <source>Fact-check sheet</source>
        <translation>事实核查表</translation>
    </message>
</context>
<context>
    <name>FactCheckSheet</name>
    <message>
        <source>calculated outside SpendLens: %1</source>
        <translation>在SpendLens之外计算：%1</translation>
    </message>
    <message>
        <source>an estimate, as %1 gives it</source>
        <translation>估计值，由%1给出</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3</source>
        <translation>%1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>(%1 ÷ %2) − 1 = %3</source>
        <translation>(%1 ÷ %2) − 1 = %3</translation>
    </message>
    <message>
        <source>low %1; high %2</source>
        <translation>下限 %1；上限 %2</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1为%2。</translation>
    </message>
    <message>
        <source>%1 of the stated range %2 to %3</source>
        <translation>公布区间%2至%3的%1</translation>
    </message>
    <message>
        <source>%1, as the chart reads it</source>
        <translation>%1（图表所用的取值）</translation>
    </message>
    <message>
        <source>%1, an input of %2</source>
        <translation>%1，%2的输入</translation>
    </message>
    <message>
        <source>%1, a parameter of %2</source>
        <translation>%1，%2的参数</translation>
    </message>
    <message>
        <source>a parameter, set to %1; where its default comes from: %2</source>
        <translation>参数，当前为%1；默认值来源：%2</translation>
    </message>
    <message>
        <source>%1, the baseline</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>the baseline divided by itself</source>
        <translation>基准除以自身</translation>
    </message>
    <message>
        <source>%1 as a multiple of %2</source>
        <translation>%1是%2的倍数</translation>
    </message>
    <message>
        <source>Change of %1 on %2</source>
        <translation>%1相对%2的变化</translation>
    </message>
    <message>
        <source>Figures the alt text lists</source>
        <translation>替代文字列出的数据项数</translation>
    </message>
    <message>
        <source>a count of the chart&apos;s figures</source>
        <translation>图表中数据项的计数</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题句</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>footer notes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Sum of %1&apos;s yearly figures, %2–%3</source>
        <translation>%1 在 %2–%3 年逐年数字之和</translation>
    </message>
</context>
<context>
    <name>FactCheckText</name>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3 (low to high)</source>
        <translation>%1至%2 %3（下限至上限）</translation>
    </message>
    <message>
        <source>## Texts</source>
        <translation>## 文字</translation>
    </message>
    <message>
        <source>**%1:** %2</source>
        <translation>**%1：** %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题句</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Caveat on the chart</source>
        <translation>图表上的提示</translation>
    </message>
    <message>
        <source>Footer notes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>## Every number on the chart and in its texts</source>
        <translation>## 图表及其文字中的每个数字</translation>
    </message>
    <message>
        <source>| # | Shown | What it is | Where | How it was derived | Rests on |</source>
        <translation>| # | 显示 | 含义 | 位置 | 推算方式 | 依据 |</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>as stated by the source</source>
        <translation>来源原文所述</translation>
    </message>
    <message>
        <source>- **%1:** %2</source>
        <translation>- **%1：** %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value as stored</source>
        <translation>存储值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kind and status</source>
        <translation>类型与状态</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Verbatim quote</source>
        <translation>原文引述</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实等级</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>## The figures and their sources</source>
        <translation>## 数据项及其来源</translation>
    </message>
    <message>
        <source>### %1. %2</source>
        <translation>### %1. %2</translation>
    </message>
    <message>
        <source>## Parameters the formulas used</source>
        <translation>## 公式所用参数</translation>
    </message>
    <message>
        <source>| Name | Label | Value now | Where the value comes from |</source>
        <translation>| 名称 | 标签 | 当前值 | 取值来源 |</translation>
    </message>
    <message>
        <source># Fact-check sheet: %1 chart</source>
        <translation># 事实核查表：%1图</translation>
    </message>
    <message>
        <source>Check every number below against its source before publication. Values are as stored in the document; the chart rounds them to three significant figures.</source>
        <translation>发布前请逐一对照来源核查以下数字。数值为文档中的存储值；图表将其四舍五入为三位有效数字。</translation>
    </message>
</context>
<context>
    <name>FiscalYear</name>
    <message>
        <source>%1</source>
        <comment>a calendar year after &apos;in&apos;</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>fiscal %1 (%2–%3)</source>
        <comment>after &apos;in&apos;: fiscal 2025 (Jul 2024–Jun 2025)</comment>
        <translation>%1财年（%2至%3）</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>a fiscal year in a label or list</comment>
        <translation>%1财年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a calendar year in a label or list</comment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the size %1×%2 is too small (at least 200×150)</source>
        <translation>尺寸%1×%2过小（至少200×150）</translation>
    </message>
    <message>
        <source>the scale must be 1, 2, 3 or 4, not %1</source>
        <translation>缩放倍数必须为1、2、3或4，不能是%1</translation>
    </message>
    <message>
        <source>%1×%2 at %3x is larger than %4 pixels a side</source>
        <translation>%1×%2（%3倍）超出了每边%4像素的上限</translation>
    </message>
    <message>
        <source>%1: the PNG could not be encoded (%2)</source>
        <translation>%1：无法编码PNG（%2）</translation>
    </message>
    <message>
        <source>Article, 1200×675</source>
        <translation>文章配图，1200×675</translation>
    </message>
    <message>
        <source>Square social post, 1080×1080</source>
        <translation>社交媒体方图，1080×1080</translation>
    </message>
    <message>
        <source>Story, 1080×1920</source>
        <translation>竖屏快拍，1080×1920</translation>
    </message>
    <message>
        <source>Print, A5 landscape at 300 dpi</source>
        <translation>印刷，A5横向，300 dpi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the %2 could not be drawn</source>
        <translation>%1：无法绘制%2</translation>
    </message>
    <message>
        <source>%1×%2 at %3x is %4 million pixels; at most %5 million fit in memory</source>
        <translation>%1×%2（%3倍）共%4百万像素；内存最多容纳%5百万像素</translation>
    </message>
    <message>
        <source>Phone, 390×1000</source>
        <translation>手机，390×1000</translation>
    </message>
    <message>
        <source>the %1 chart with %2 figures cannot be laid out legibly</source>
        <translation>含%2项数据的%1图无法清晰排版</translation>
    </message>
    <message>
        <source>the %1 chart with %2 figures needs at least %3×%4</source>
        <translation>含%2项数据的%1图至少需要%3×%4</translation>
    </message>
</context>
<context>
    <name>ChartSettings</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>the chart&apos;s %1 is %2 characters long; at most %3 fit on a chart</source>
        <translation>图表的%1长%2个字符；图表最多容纳%3个字符</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Range: low %1, high %2</source>
        <translation>区间：下限%1，上限%2</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Level: %1 · %2</source>
        <translation>核实级别：%1 · %2</translation>
    </message>
    <message>
        <source>Click to select it in the table.</source>
        <translation>点击即可在表格中选中该数据项。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1为%2。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sources: %1. Full list in the data file.</source>
        <translation>来源：%1。完整列表见数据文件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Stated as %1</source>
        <translation>原始数值：%1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>%1 chart: %2</source>
        <translation>%1图：%2</translation>
    </message>
    <message>
        <source>Hover a bar for its source; click it, or use the arrow keys, to select its figure in the table.</source>
        <translation>将鼠标悬停在柱形上可查看其来源；点击柱形或使用方向键，可在表格中选中对应的数据项。</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1图</translation>
    </message>
    <message>
        <source>Hover a bar for its source; click it, or use the arrow keys, to select its figure in the table. Right-click a bar to highlight or annotate it; drag a note, or move it with Shift and the arrow keys.</source>
        <translation>将鼠标悬停在条形上可查看来源；单击或使用方向键可在表格中选中该数据。右键单击条形可突出显示或添加注释；拖动注释，或按住 Shift 用方向键移动它。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read figures from FILE instead of the built-in dataset.</source>
        <translation>从FILE读取数据，而不使用内置数据集。</translation>
    </message>
    <message>
        <source>Print only the chart names, one a line.</source>
        <translation>只列出图表名称，每行一个。</translation>
    </message>
    <message>
        <source>Chart to export (see `spendlens charts`), or all: every chart into the folder -o names.</source>
        <translation>要导出的图表（参见`spendlens charts`），或all：将每个图表写入-o指定的文件夹。</translation>
    </message>
    <message>
        <source>Id of the baseline figure for ratios.</source>
        <translation>计算倍数所用基准数据项的ID。</translation>
    </message>
    <message>
        <source>article, phone, square, story or print-a5.</source>
        <translation>article、phone、square、story或print-a5。</translation>
    </message>
    <message>
        <source>Logical size, default 1200x675.</source>
        <translation>逻辑尺寸，默认1200x675。</translation>
    </message>
    <message>
        <source>Pixel scale 1–4, default 2.</source>
        <translation>像素缩放倍数1–4，默认2。</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv; default from the file name.</source>
        <translation>png、svg、pdf或csv；默认根据文件名判断。</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light（浅色）或dark（深色）。</translation>
    </message>
    <message>
        <source>Chart title (default: automatic).</source>
        <translation>图表标题（默认：自动生成）。</translation>
    </message>
    <message>
        <source>Subtitle (default: automatic).</source>
        <translation>副标题（默认：自动生成）。</translation>
    </message>
    <message>
        <source>Notes under the chart.</source>
        <translation>图表下方的注释。</translation>
    </message>
    <message>
        <source>Byline, e.g. your name and outlet.</source>
        <translation>署名，例如你的姓名和所属媒体。</translation>
    </message>
    <message>
        <source>Caveat in your words (default: automatic).</source>
        <translation>自拟的注意事项（默认：自动生成）。</translation>
    </message>
    <message>
        <source>Leave the automatic caveat off.</source>
        <translation>不显示自动生成的注意事项。</translation>
    </message>
    <message>
        <source>Linear value axis for the comparison chart.</source>
        <translation>并列对比图使用线性数值轴。</translation>
    </message>
    <message>
        <source>Language of the chart&apos;s texts: en or zh_CN (default: the system&apos;s).</source>
        <translation>图表文字的语言：en或zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>short ($60B), long (60 billion dollars) or chinese (600亿美元).</source>
        <translation>short（$60B）、long（60 billion dollars）或chinese（600亿美元）。</translation>
    </message>
    <message>
        <source>Also write the chart&apos;s alt text and headline to FILE.</source>
        <translation>同时将图表的替代文本和标题句写入FILE。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>unknown format “%1” (png, svg, pdf or csv).</source>
        <translation>未知格式“%1”（png、svg、pdf或csv）。</translation>
    </message>
    <message>
        <source>unknown preset “%1” (article, phone, square, story or print-a5).</source>
        <translation>未知预设“%1”（article、phone、square、story或print-a5）。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1200x675, not “%1”.</source>
        <translation>--size须为“宽x高”格式，例如1200x675，不能是“%1”。</translation>
    </message>
    <message>
        <source>--scale takes a whole number from 1 to 4, not “%1”.</source>
        <translation>--scale须为1到4的整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>unknown theme “%1” (light or dark).</source>
        <translation>未知主题“%1”（light或dark）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--chart is required (one of: %1).</source>
        <translation>必须指定--chart（可选：%1）。</translation>
    </message>
    <message>
        <source>unknown chart “%1” (one of: %2).</source>
        <translation>未知图表“%1”（可选：%2）。</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>必须指定-o OUT。</translation>
    </message>
    <message>
        <source>unknown language “%1” (en or zh_CN).</source>
        <translation>未知语言“%1”（en或zh_CN）。</translation>
    </message>
    <message>
        <source>spendlens: no %1 translation found; writing in English.</source>
        <translation>spendlens：未找到%1翻译，将使用英文。</translation>
    </message>
    <message>
        <source>unknown unit style “%1” (short, long or chinese).</source>
        <translation>未知单位样式“%1”（short、long或chinese）。</translation>
    </message>
    <message>
        <source>no figure has the id “%1” (`spendlens figures` lists them).</source>
        <translation>没有ID为“%1”的数据项（可用`spendlens figures`列出）。</translation>
    </message>
    <message>
        <source>--format takes text or csv, not “%1”.</source>
        <translation>--format 只接受 text 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>spendlens: wrote the %1 chart&apos;s data to %2</source>
        <translation>spendlens：已将%1图的数据写入%2</translation>
    </message>
    <message>
        <source>spendlens: wrote the %1 chart to %2 (%3, %4×%5 px, %6 ms)</source>
        <translation>spendlens：已将%1图写入%2（%3，%4×%5像素，%6毫秒）</translation>
    </message>
    <message>
        <source>--map: unknown field “%1”.</source>
        <translation>--map：未知字段“%1”。</translation>
    </message>
    <message>
        <source>--map: the file has no column “%1”.</source>
        <translation>--map：文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>CSV or TSV file to import.</source>
        <translation>要导入的CSV或TSV文件。</translation>
    </message>
    <message>
        <source>field=COLUMN pairs, comma-separated.</source>
        <translation>field=COLUMN（字段=列）对，以逗号分隔。</translation>
    </message>
    <message>
        <source>Kind for rows that give none.</source>
        <translation>未注明类型的行所用的类型。</translation>
    </message>
    <message>
        <source>Source title for rows that give none.</source>
        <translation>未注明来源的行所用的来源标题。</translation>
    </message>
    <message>
        <source>Publisher for rows that give none.</source>
        <translation>未注明发布方的行所用的发布方。</translation>
    </message>
    <message>
        <source>Document to write.</source>
        <translation>要写入的文档。</translation>
    </message>
    <message>
        <source>import takes one file: spendlens import IN.csv -o OUT.spendlens</source>
        <translation>import只接受一个文件：spendlens import IN.csv -o OUT.spendlens</translation>
    </message>
    <message>
        <source>-o OUT.spendlens is required.</source>
        <translation>必须指定-o OUT.spendlens。</translation>
    </message>
    <message>
        <source>unknown kind “%1”.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>%1: no row could be imported.</source>
        <translation>%1：没有可导入的行。</translation>
    </message>
    <message>
        <source>Document, dataset or CSV file to check.</source>
        <translation>要检查的文档、数据集或CSV文件。</translation>
    </message>
    <message>
        <source>validate takes one file: spendlens validate FILE</source>
        <translation>validate只接受一个文件：spendlens validate FILE</translation>
    </message>
    <message>
        <source>spendlens: unknown command “%1”.</source>
        <translation>spendlens：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Set a parameter for this run, e.g. h800_price=3 (see `spendlens params`); may be given more than once.</source>
        <translation>为本次运行设置参数，例如h800_price=3（参见`spendlens params`）；可多次指定。</translation>
    </message>
    <message>
        <source>this dataset has no parameters</source>
        <translation>此数据集没有参数</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>可用参数：%1</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE such as h800_price=3, not “%1”.</source>
        <translation>--param须为“名称=值”格式，例如h800_price=3，不能是“%1”。</translation>
    </message>
    <message>
        <source>no parameter is called “%1” (%2).</source>
        <translation>没有名为“%1”的参数（%2）。</translation>
    </message>
    <message>
        <source>--param %1: “%2” is not a number.</source>
        <translation>--param %1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>used by: %1</source>
        <translation>用于：%1</translation>
    </message>
    <message>
        <source>This dataset has no parameters.</source>
        <translation>此数据集没有参数。</translation>
    </message>
    <message>
        <source>The figures to compare: a ready-made comparison (meta-vs-deepseek, hyperscalers-2025 or frontier-training-runs) or figure ids separated by commas (see `spendlens figures`).</source>
        <translation>要比较的数据项：现成的比较（meta-vs-deepseek、hyperscalers-2025或frontier-training-runs），或以逗号分隔的数据项ID（见`spendlens figures`）。</translation>
    </message>
    <message>
        <source>Read ranges as range (default), low, mid or high.</source>
        <translation>区间的取值方式：range（区间，默认）、low（下限）、mid（中点）或high（上限）。</translation>
    </message>
    <message>
        <source>unknown comparison “%1” (meta-vs-deepseek, hyperscalers-2025 or frontier-training-runs).</source>
        <translation>未知比较“%1”（meta-vs-deepseek、hyperscalers-2025或frontier-training-runs）。</translation>
    </message>
    <message>
        <source>unknown range mode “%1” (range, low, mid or high).</source>
        <translation>未知区间取值方式“%1”（range、low、mid或high）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: %2 rows cannot be imported; nothing was written.</source>
        <translation>%1：%2行无法导入；未写入任何内容。</translation>
    </message>
    <message>
        <source>Usage:
  spendlens [--dataset FILE]          open the dashboard
  spendlens export --chart NAME -o OUT [--dataset FILE] [--baseline ID]
                   [--preset article|phone|square|story|print-a5] [--size WxH] [--scale N]
                   [--format png|svg|pdf|csv] [--theme light|dark] [--title TEXT]
                   [--subtitle TEXT] [--notes TEXT] [--byline TEXT] [--caveat TEXT]
                   [--no-caveat] [--linear|--log] [--alt-text FILE] [--lang en|zh_CN]
                   [--factcheck FILE.md|FILE.pdf]
                   [--units short|long|chinese] [--param NAME=VALUE]...
                   [--compare meta-vs-deepseek|hyperscalers-2025|frontier-training-runs]
                   [--compare ID,ID,...] [--range range|low|mid|high] [--strict]
                   A document given with --dataset is drawn as the window draws it (its
                   texts, baseline, compared figures, range, filter, parameters and
                   axis); each flag replaces its part. --strict: a custom title that
                   may no longer hold is an error (exit 1, nothing written), not a warning.
  spendlens charts [--names]          list the charts
  spendlens figures [--dataset FILE] [--param NAME=VALUE]... [--format text|csv]
                                      list the figures and their ids; csv: every field
  spendlens params [--dataset FILE] [--param NAME=VALUE]...
                                      list the parameters and the figures made from them
  spendlens import IN.csv [--map field=COL,...] [--kind KIND] [--source TITLE]
                   [--publisher NAME] -o OUT.spendlens
  spendlens import CIK##########.json [--concept NAME[,NAME...]]... -o OUT.spendlens
                                      SEC company facts: capex by calendar year and quarter
  spendlens import model_costs.csv [--models FILE] -o OUT.spendlens
                                      Epoch AI&apos;s training costs, with each model&apos;s developer
                                      and date from Epoch&apos;s AI Models file
  spendlens validate FILE             check a document or CSV; exit 1 for errors,
                                      0 when there are only warnings
Exit status: 0 success, 1 failure (also: a figure id --compare does not know, a
chart text over %1 characters, an image over %2 million pixels), 2 usage error.
</source>
        <translation>用法：
  spendlens [--dataset FILE]          打开主界面
  spendlens export --chart NAME -o OUT [--dataset FILE] [--baseline ID]
                   [--preset article|phone|square|story|print-a5] [--size WxH] [--scale N]
                   [--format png|svg|pdf|csv] [--theme light|dark] [--title TEXT]
                   [--subtitle TEXT] [--notes TEXT] [--byline TEXT] [--caveat TEXT]
                   [--no-caveat] [--linear|--log] [--alt-text FILE] [--lang en|zh_CN]
                   [--factcheck FILE.md|FILE.pdf]
                   [--units short|long|chinese] [--param NAME=VALUE]...
                   [--compare meta-vs-deepseek|hyperscalers-2025|frontier-training-runs]
                   [--compare ID,ID,...] [--range range|low|mid|high] [--strict]
                   用--dataset给出的文档按窗口中的样子绘制（其文字、基准、
                   比较的数据项、范围、筛选、参数和数值轴）；每个选项替换其对应部分。
                   --strict：可能已不成立的自定义标题视为错误（退出状态1，不写文件），而非警告。
  spendlens charts [--names]          列出图表
  spendlens figures [--dataset FILE] [--param NAME=VALUE]... [--format text|csv]
                                      列出数据项及其ID；csv：列出全部字段
  spendlens params [--dataset FILE] [--param NAME=VALUE]...
                                      列出参数及由参数推算的数据项
  spendlens import IN.csv [--map field=COL,...] [--kind KIND] [--source TITLE]
                   [--publisher NAME] -o OUT.spendlens
  spendlens import CIK##########.json [--concept NAME[,NAME...]]... -o OUT.spendlens
                                      SEC公司事实数据：按日历年和季度的资本开支
  spendlens import model_costs.csv [--models FILE] -o OUT.spendlens
                                      Epoch AI的训练成本，各模型的开发者和日期
                                      取自Epoch的AI模型文件
  spendlens validate FILE             检查文档或CSV；有错误时退出状态为1，
                                      仅有警告时为0
退出状态：0 成功，1 失败（包括：--compare给出未知的数据项ID、图表文字超过
%1个字符、图像超过%2百万像素），2 用法错误。
</translation>
    </message>
    <message>
        <source>%1: the output is the input; name another file with -o.</source>
        <translation>%1：输出文件就是输入文件；请用 -o 指定另一个文件。</translation>
    </message>
    <message>
        <source>Log value axis for the comparison chart.</source>
        <translation>比较图使用对数数值轴。</translation>
    </message>
    <message>
        <source>--linear and --log cannot both be given.</source>
        <translation>--linear和--log不能同时使用。</translation>
    </message>
    <message>
        <source>--caveat and --no-caveat cannot both be given.</source>
        <translation>--caveat和--no-caveat不能同时使用。</translation>
    </message>
    <message>
        <source>--compare: “%1” is neither a ready-made comparison (meta-vs-deepseek, hyperscalers-2025 or frontier-training-runs) nor the id of a figure in this document (`spendlens figures` lists them).</source>
        <translation>--compare：“%1”既不是现成的比较（meta-vs-deepseek、hyperscalers-2025或frontier-training-runs），也不是本文档中数据项的ID（`spendlens figures`可列出）。</translation>
    </message>
    <message>
        <source>--compare takes a comparison name or figure ids separated by commas.</source>
        <translation>--compare接受比较名称或以逗号分隔的数据项ID。</translation>
    </message>
    <message>
        <source>Write nothing, and exit 1, when a custom title or subtitle may no longer hold.</source>
        <translation>自定义标题或副标题可能已不成立时，不写入任何文件并以 1 退出。</translation>
    </message>
    <message>
        <source>%1 Nothing was written (--strict).</source>
        <translation>%1 未写入任何文件（--strict）。</translation>
    </message>
    <message>
        <source>spendlens: warning: %1</source>
        <translation>spendlens：警告：%1</translation>
    </message>
    <message>
        <source>Draws a chart into a PNG, SVG or PDF file, or writes its data as CSV.</source>
        <translation>将图表绘制为PNG、SVG或PDF文件，或将其数据写为CSV。</translation>
    </message>
    <message>
        <source>Lists the charts that `spendlens export --chart` draws.</source>
        <translation>列出`spendlens export --chart`可绘制的图表。</translation>
    </message>
    <message>
        <source>Lists the figures and their ids.</source>
        <translation>列出数据项及其ID。</translation>
    </message>
    <message>
        <source>Lists the parameters and the figures made from them.</source>
        <translation>列出参数及由参数推算的数据项。</translation>
    </message>
    <message>
        <source>Reads a CSV or TSV table into a new document; all rows or none.</source>
        <translation>将CSV或TSV表格读入新文档；要么全部导入，要么一行不导入。</translation>
    </message>
    <message>
        <source>Checks a document, dataset or CSV file; exit 1 for errors, 0 when there are only warnings.</source>
        <translation>检查文档、数据集或CSV文件；有错误时退出状态为1，仅有警告时为0。</translation>
    </message>
    <message>
        <source>Show this command&apos;s usage.</source>
        <translation>显示此命令的用法。</translation>
    </message>
    <message>
        <source>%1 (see `spendlens %2 --help`).</source>
        <translation>%1（参见`spendlens %2 --help`）。</translation>
    </message>
    <message>
        <source>text (default) or csv: every field of every figure.</source>
        <translation>text（默认）或csv：每项数据的全部字段。</translation>
    </message>
    <message>
        <source>What bare numbers are in where a column&apos;s header does not say (as “Capex ($m)” or “USD bn” do): units, k (thousands), m (millions) or bn (billions).</source>
        <translation>列标题未注明单位（如“Capex ($m)”或“USD bn”）时，不带单位的数字按此读取：units（原数）、k（千）、m（百万）或bn（十亿）。</translation>
    </message>
    <message>
        <source>--scale takes units, k, m or bn, not “%1”.</source>
        <translation>--scale取值为units、k、m或bn，而不是“%1”。</translation>
    </message>
    <message>
        <source>Each command&apos;s options: spendlens COMMAND --help (e.g. spendlens import --help).</source>
        <translation>各命令的选项：spendlens COMMAND --help（例如 spendlens import --help）。</translation>
    </message>
    <message>
        <source>Show money in USD (default) or CNY; figures in the other currency are converted at the named yearly rate (usd_cny_YEAR).</source>
        <translation>以美元（默认）或人民币（CNY）显示金额；另一种货币的数据按注明的年度汇率（usd_cny_年份）换算。</translation>
    </message>
    <message>
        <source>unknown currency “%1” (USD or CNY).</source>
        <translation>未知货币“%1”（USD 或 CNY）。</translation>
    </message>
    <message>
        <source>Also write the chart&apos;s fact-check sheet to FILE: .md (Markdown) or .pdf.</source>
        <translation>同时将图表的事实核查表写入FILE：.md（Markdown）或.pdf。</translation>
    </message>
    <message>
        <source>--factcheck: %1.</source>
        <translation>--factcheck：%1。</translation>
    </message>
    <message>
        <source>Run every export listed in FILE, one export&apos;s arguments a line (# comments, quotes as in a shell), in one process; the other options given apply to every line.</source>
        <translation>在一个进程中运行FILE列出的每个导出，每行一个导出的参数（#为注释，引号用法同shell）；另外给出的选项适用于每一行。</translation>
    </message>
    <message>
        <source>--alt-text and --factcheck name one file: give them per chart (--batch), not with --chart all.</source>
        <translation>--alt-text和--factcheck只指定一个文件：请按图表分别给出（--batch），不要与--chart all同用。</translation>
    </message>
    <message>
        <source>--chart all writes one file a chart: -o names a folder (such as charts/), not “%1”.</source>
        <translation>--chart all为每个图表写一个文件：-o应指定文件夹（如charts/），而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: the folder could not be made.</source>
        <translation>%1：无法创建该文件夹。</translation>
    </message>
    <message>
        <source>-o DIR/ is required.</source>
        <translation>必须给出-o DIR/。</translation>
    </message>
    <message>
        <source>More export options:
                   [--highlight ID,ID,...] [--annotate ID=TEXT]... [--sort value|name|date]
                   [--currency USD|CNY]
                   trend chart: [--entities NAME,NAME,...] [--quarterly] [--line] [--cumulative]
More import options: [--scale units|k|m|bn] (what bare numbers are in)
</source>
        <translation>更多导出选项：
                   [--highlight ID,ID,...] [--annotate ID=文字]... [--sort value|name|date]
                   [--currency USD|CNY]
                   趋势图：[--entities 名称,名称,...] [--quarterly] [--line] [--cumulative]
更多导入选项：[--scale units|k|m|bn]（无单位数字的单位）
</translation>
    </message>
    <message>
        <source>Many exports in one process:
  spendlens export --chart all -o DIR/ [options]
                   every chart into DIR as NAME.png (or NAME.csv, .svg, .pdf by --format)
  spendlens export --batch JOBS.txt [options]
                   one export&apos;s arguments a line (# comments, quotes as in a shell);
                   the options given apply to every line. A failing line is named
                   (JOBS.txt:LINE) and the others still run; exit 1 if any failed.
</source>
        <translation>在一个进程中完成多个导出：
  spendlens export --chart all -o DIR/ [选项]
                   将每个图表写入DIR，名为NAME.png（或按--format写NAME.csv、.svg、.pdf）
  spendlens export --batch JOBS.txt [选项]
                   每行一个导出的参数（#为注释，引号用法同shell）；
                   给出的选项适用于每一行。失败的行会被指明
                   （JOBS.txt:行号），其余行照常运行；任何一行失败则退出码为1。
</translation>
    </message>
    <message>
        <source>a job cannot run another --batch.</source>
        <translation>批处理中的任务不能再运行另一个--batch。</translation>
    </message>
    <message>
        <source>the quote %1 is not closed.</source>
        <translation>引号%1没有闭合。</translation>
    </message>
    <message>
        <source>%1: cannot read the batch (%2).</source>
        <translation>%1：无法读取批处理文件（%2）。</translation>
    </message>
    <message>
        <source>%1: no export in the batch (one export&apos;s arguments a line).</source>
        <translation>%1：批处理文件中没有导出（每行一个导出的参数）。</translation>
    </message>
    <message>
        <source>%1: all %2 exports done.</source>
        <translation>%1：全部%2个导出已完成。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 exports failed (lines %4); the others were done.</source>
        <translation>%1：%3个导出中有%2个失败（第%4行）；其余已完成。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>spendlens: imported %1 figures from SEC company facts into %2.</source>
        <translation>spendlens：已从SEC公司事实数据导入%1个数据项到%2。</translation>
    </message>
    <message>
        <source>SEC company facts: the concept to import (default PaymentsToAcquirePropertyPlantAndEquipment); repeat it or separate names with commas to add concepts up.</source>
        <translation>SEC公司事实数据：要导入的概念（默认PaymentsToAcquirePropertyPlantAndEquipment）；可重复此选项或用逗号分隔多个名称，将其相加。</translation>
    </message>
    <message>
        <source>--concept is for SEC company-facts files (.json).</source>
        <translation>--concept只用于SEC公司事实数据文件（.json）。</translation>
    </message>
    <message>
        <source>Companies for the trend chart, comma-separated (default: Meta,Microsoft,Alphabet,Amazon).</source>
        <translation>趋势图的公司，以逗号分隔（默认：Meta,Microsoft,Alphabet,Amazon）。</translation>
    </message>
    <message>
        <source>Trend chart by quarter, where the data has quarters.</source>
        <translation>趋势图按季度显示（数据有季度时）。</translation>
    </message>
    <message>
        <source>Trend chart as lines rather than bars.</source>
        <translation>趋势图以折线而非柱形显示。</translation>
    </message>
    <message>
        <source>Trend chart as each company&apos;s total over the years all share.</source>
        <translation>趋势图显示各公司在共同年份内的合计。</translation>
    </message>
    <message>
        <source>--entities takes company names separated by commas.</source>
        <translation>--entities 需要以逗号分隔的公司名称。</translation>
    </message>
    <message>
        <source>--entities: no figure belongs to “%1” (`spendlens figures` lists the companies).</source>
        <translation>--entities：没有数字属于“%1”（`spendlens figures` 列出所有公司）。</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s training-cost-trends model_costs.csv: Epoch&apos;s AI Models file (“All ML Systems - full view.csv”), which gives each model its developer and date (default: the one beside the file or in its data folder).</source>
        <translation>Epoch AI的training-cost-trends model_costs.csv：Epoch的AI模型文件（“All ML Systems - full view.csv”），给出各模型的开发者和日期（默认：该文件旁边或其data文件夹中的那个）。</translation>
    </message>
    <message>
        <source>--models is for Epoch AI&apos;s model_costs.csv (Model, Cloud_Cost, …); %1 is not one.</source>
        <translation>--models用于Epoch AI的model_costs.csv（Model、Cloud_Cost……）；%1不是这种文件。</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1个问题</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1个警告</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1项数据</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1项数据</translation>
    </message>
    <message>
        <source>%1: 1 row cannot be imported; nothing was written.</source>
        <translation>%1：1行无法导入；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>%1: %2, no problems.</source>
        <translation>%1：%2，没有问题。</translation>
    </message>
    <message>
        <source>%1: %2, no problems, %3.</source>
        <translation>%1：%2，没有问题，%3。</translation>
    </message>
    <message>
        <source>spendlens: imported %1 into %2; %3.</source>
        <translation>spendlens：已将%1导入%2；%3。</translation>
    </message>
    <message>
        <source>--param %1: “%2” is out of range: %3 cannot be negative.</source>
        <translation>--param %1：“%2”超出范围：%3不能为负数。</translation>
    </message>
    <message>
        <source>--param %1: “%2” is out of range: %3 cannot be negative (the usual range is %4 to %5).</source>
        <translation>--param %1：“%2”超出范围：%3不能为负数（通常在%4到%5之间）。</translation>
    </message>
    <message>
        <source>-o %1: SpendLens writes .png, .svg, .pdf or .csv; name the file so, or give --format.</source>
        <translation>-o %1：SpendLens只写出.png、.svg、.pdf或.csv文件；请按此命名文件，或用--format指定格式。</translation>
    </message>
    <message>
        <source>--chart and -o name one export: with --batch, give them on each line of %1.</source>
        <translation>--chart 和 -o 只指定一次导出：使用 --batch 时，请写在%1的每一行里。</translation>
    </message>
    <message>
        <source>the %1 chart has nothing to draw: %2 Nothing was written for it.</source>
        <translation>%1图没有可画的内容：%2未为它写入任何内容。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of chart names</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between chart names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>note: %1 applies to the %2 chart only; the %3 chart is drawn without it.</source>
        <translation>注意：%1只用于%2图；%3图不使用它。</translation>
    </message>
    <message>
        <source>note: %1 applies to the %2 charts only; the %3 chart is drawn without it.</source>
        <translation>注意：%1只用于%2图；%3图不使用它。</translation>
    </message>
    <message>
        <source>spendlens: %1%2</source>
        <translation>spendlens：%1%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Cop&amp;y Rows as CSV</source>
        <translation>复制为CSV(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the selected figures as CSV, to paste into a spreadsheet.</source>
        <translation>将所选数据复制为CSV，可粘贴到电子表格中。</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>请先选择要复制的行。</translation>
    </message>
    <message>
        <source>Copied 1 row as CSV.</source>
        <translation>已将1行复制为CSV。</translation>
    </message>
    <message>
        <source>Copied %1 rows as CSV.</source>
        <translation>已将%1行复制为CSV。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file ends in the middle of a UTF-16 character; it may have been cut short.</source>
        <translation>文件在一个UTF-16字符中间结束，可能已被截断。</translation>
    </message>
    <message>
        <source>contains a NUL character, so this is not a text table.</source>
        <translation>含有NUL字符，因此不是文本表格。</translation>
    </message>
    <message>
        <source>longer than %1; this is not a table SpendLens can read.</source>
        <translation>长度超过%1，不是SpendLens能读取的表格。</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte-order mark; save it again as UTF-8.</source>
        <translation>文件似乎是不带字节顺序标记（BOM）的UTF-16编码；请另存为UTF-8。</translation>
    </message>
    <message>
        <source>contains a NUL byte, so this is not a text table.</source>
        <translation>含有NUL字节，因此不是文本表格。</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-8 character; it may have been cut short.</source>
        <translation>文件在一个UTF-8字符中间结束，可能已被截断。</translation>
    </message>
    <message>
        <source>these bytes are not UTF-8, though the file starts with a UTF-8 byte-order mark.</source>
        <translation>这些字节不是UTF-8，但文件开头有UTF-8字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <source>these bytes are not UTF-8, but line %1 is: the file mixes encodings. Save it again as UTF-8.</source>
        <translation>这些字节不是UTF-8，但第%1行是：文件混用了多种编码。请另存为UTF-8。</translation>
    </message>
    <message>
        <source>the file is in UTF-32, which SpendLens does not read; save it again as UTF-8.</source>
        <translation>文件为UTF-32编码，SpendLens无法读取；请另存为UTF-8。</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed.</source>
        <translation>此处开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>the file has more than %1 cells, more than SpendLens reads.</source>
        <translation>文件超过%1个单元格，超出了SpendLens的读取上限。</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：第%2行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is larger than %1 and was not read.</source>
        <translation>文件大于%1，未读取。</translation>
    </message>
    <message>
        <source>the file is empty: there is no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 and was not read.</source>
        <translation>%1：文件大于%2，未读取。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>character %1: half of a UTF-16 character (U+%2) without its other half; the file is damaged.</source>
        <translation>第 %1 个字符：UTF-16 字符只有一半（U+%2），缺少另一半；文件已损坏。</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows, more than a document may hold.</source>
        <translation>文件超过 %L1 行，超出一个文档可容纳的数量。</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>“%1” must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD): “%2”</source>
        <translation>“%1”不是日期（YYYY-MM-DD）：“%2”</translation>
    </message>
    <message>
        <source>“%1” has an unknown value “%2”</source>
        <translation>“%1”的值“%2”未知</translation>
    </message>
    <message>
        <source>“period.year” must be a year</source>
        <translation>“period.year”必须是年份</translation>
    </message>
    <message>
        <source>line %1 is longer than 1 MiB; the file was not read.</source>
        <translation>第%1行超过1 MiB；未读取该文件。</translation>
    </message>
    <message>
        <source>“period.year” must be between 1900 and 2100</source>
        <translation>“period.year”必须在1900到2100之间</translation>
    </message>
    <message>
        <source>“low” is above “high”</source>
        <translation>“low”大于“high”</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2).</source>
        <translation>第%1行：不是有效的JSON（%2）。</translation>
    </message>
    <message>
        <source>not a SpendLens document or dataset (no “format”: “spendlens-document”).</source>
        <translation>不是SpendLens文档或数据集（缺少“format”: “spendlens-document”）。</translation>
    </message>
    <message>
        <source>the dataset has no valid “version”.</source>
        <translation>数据集没有有效的“version”。</translation>
    </message>
    <message>
        <source>made by a newer SpendLens (format version %1; this one reads up to %2).</source>
        <translation>由较新版本的SpendLens创建（格式版本%1；当前版本最高只能读取%2）。</translation>
    </message>
    <message>
        <source>“figures” must be a list.</source>
        <translation>“figures”必须是列表。</translation>
    </message>
    <message>
        <source>figure %1: must be an object.</source>
        <translation>数据项%1：必须是对象。</translation>
    </message>
    <message>
        <source>figure %1 (%2): %3.</source>
        <translation>数据项%1（%2）：%3。</translation>
    </message>
    <message>
        <source>figure %1: the id “%2” is used twice.</source>
        <translation>数据项%1：ID“%2”重复使用。</translation>
    </message>
    <message>
        <source>the baseline “%1” is not one of the figures.</source>
        <translation>基准“%1”不在数据项之中。</translation>
    </message>
    <message>
        <source>the compared figure “%1” is not one of the figures.</source>
        <translation>比较数据项“%1”不在数据项之中。</translation>
    </message>
    <message>
        <source>the growth series kind “%1” is unknown.</source>
        <translation>增长序列类型“%1”未知。</translation>
    </message>
    <message>
        <source>cannot be opened (%1).</source>
        <translation>无法打开（%1）。</translation>
    </message>
    <message>
        <source>is larger than 512 MiB and was not read.</source>
        <translation>大于512 MiB，未读取。</translation>
    </message>
    <message>
        <source>“formula”: %1</source>
        <translation>“formula”：%1</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a parameter name (letters, digits and “_”, starting with a letter).</source>
        <translation>参数%1：“%2”不是有效的参数名（须由字母、数字和“_”组成，并以字母开头）。</translation>
    </message>
    <message>
        <source>parameter %1: the name “%2” is used twice.</source>
        <translation>参数%1：名称“%2”重复使用。</translation>
    </message>
    <message>
        <source>parameter “%1”: “value”, “min” and “max” must be non-negative numbers, with min no larger than max.</source>
        <translation>参数“%1”：“value”、“min”和“max”必须是非负数，且min不得大于max。</translation>
    </message>
    <message>
        <source>parameter “%1”: the unit “%2” is unknown.</source>
        <translation>参数“%1”：单位“%2”未知。</translation>
    </message>
    <message>
        <source>the range mode “%1” is unknown.</source>
        <translation>区间取值方式“%1”未知。</translation>
    </message>
    <message>
        <source>the filter&apos;s kind “%1” is unknown.</source>
        <translation>筛选条件中的类型“%1”未知。</translation>
    </message>
    <message>
        <source>the filter&apos;s status “%1” is unknown.</source>
        <translation>筛选条件中的状态“%1”未知。</translation>
    </message>
    <message>
        <source>figure %1 (%2): %3</source>
        <translation>数据项%1（%2）：%3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>the document has %L1 figures, more than the %L2 a document may hold.</source>
        <translation>文档有 %L1 个数字，超出一个文档可容纳的 %L2 个。</translation>
    </message>
    <message>
        <source>%1: “%2” has %L3 characters, more than the %L4 a document may hold.</source>
        <translation>%1：“%2”有 %L3 个字符，超出文档可容纳的 %L4 个。</translation>
    </message>
    <message>
        <source>figure “%1”</source>
        <translation>数字“%1”</translation>
    </message>
    <message>
        <source>chart “%1”</source>
        <translation>图表“%1”</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>参数“%1”</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>chart “%1”: %2.</source>
        <translation>图表“%1”：%2。</translation>
    </message>
    <message>
        <source>parameter “%1”: “sourced” must be a non-negative number.</source>
        <translation>参数“%1”：“sourced”必须是非负数。</translation>
    </message>
    <message>
        <source>the chart currency “%1” is unknown (USD or CNY).</source>
        <translation>图表货币“%1”未知（USD 或 CNY）。</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>“%1” depends on itself through its formula.</source>
        <translation>“%1”的公式直接或间接引用了其自身。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”: the formula gives a negative value, and figures cannot be negative.</source>
        <translation>“%1”：公式结果为负值，而数据不能为负。</translation>
    </message>
</context>
<context>
    <name>DerivedValue</name>
    <message>
        <source>the value divided by is zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the value divided by is so close to zero that the result is too large to show</source>
        <translation>除数过于接近零，结果太大，无法显示</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Delete %1 figures</source>
        <translation>删除%1项数据</translation>
    </message>
    <message>
        <source>Change baseline</source>
        <translation>更改基准</translation>
    </message>
    <message>
        <source>Change compared figures</source>
        <translation>更改比较数据</translation>
    </message>
    <message>
        <source>Change growth series</source>
        <translation>更改增长序列</translation>
    </message>
    <message>
        <source>Change guidance shown</source>
        <translation>更改显示的指引</translation>
    </message>
    <message>
        <source>Change chart texts</source>
        <translation>更改图表文字</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Change filter</source>
        <translation>更改筛选</translation>
    </message>
    <message>
        <source>The preset “%1” needs the figure “%2”, which is not in this document.</source>
        <translation>预设“%1”需要数据项“%2”，但本文档中没有该数据项。</translation>
    </message>
    <message>
        <source>Preset “%1”</source>
        <translation>预设“%1”</translation>
    </message>
    <message>
        <source>Change guidance history</source>
        <translation>更改指引历程</translation>
    </message>
    <message>
        <source>There is no parameter “%1”.</source>
        <translation>没有参数“%1”。</translation>
    </message>
    <message>
        <source>%1: the value must be a non-negative number.</source>
        <translation>%1：数值必须是非负数。</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <translation>%1不能设为%2：%3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the formula of “%2” uses it.</source>
        <translation>无法删除“%1”：“%2”的公式用到了它。</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>changed on disk since it was opened or saved here; not saved, so that those changes are not lost.</source>
        <translation>自在此打开或保存以来已在磁盘上被更改；为免丢失这些更改，未保存。</translation>
    </message>
    <message>
        <source>Keep chart texts</source>
        <translation>保留图表文字</translation>
    </message>
    <message>
        <source>The data under the %1 chart changed after its title was written: check that “%2” still holds, then keep it or edit it.</source>
        <translation>%1图表的数据在标题写好后已发生变化：请确认“%2”是否仍然成立，然后保留或修改。</translation>
    </message>
    <message>
        <source>The %1 chart&apos;s title may be wrong: it %2. Keep it or edit it.</source>
        <translation>%1图表的标题可能有误：它%2。请保留或修改。</translation>
    </message>
    <message>
        <source>; it </source>
        <translation>；它</translation>
    </message>
    <message>
        <source>Show money in %1</source>
        <translation>以%1显示金额</translation>
    </message>
    <message>
        <source>This document has no exchange rates.</source>
        <translation>此文档没有汇率。</translation>
    </message>
    <message>
        <source>Change every exchange rate</source>
        <translation>更改所有汇率</translation>
    </message>
    <message>
        <source>%1: an exchange rate must be above zero.</source>
        <translation>%1：汇率必须大于零。</translation>
    </message>
    <message>
        <source>Change trend chart</source>
        <translation>更改趋势图</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 is still being opened; try again when it is.</source>
        <translation>%1 仍在打开中；请在打开完成后再试。</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;Figures as CSV…</source>
        <translation>将数据表导出为CSV(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Add Figure…</source>
        <translation>添加数据(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Figure…</source>
        <translation>编辑数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Delete Figure</source>
        <translation>删除数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paste Rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet into the figure table</source>
        <translation>将从电子表格复制的行粘贴到数据表中</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them before you go on?</source>
        <translation>文档有未保存的更改。继续之前要保存吗？</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开%1。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the document is as it was.</source>
        <translation>已取消打开%1；文档保持原样。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>SpendLens documents (*.spendlens *.json);;CSV or TSV tables (*.csv *.tsv *.txt)</source>
        <translation>SpendLens文档 (*.spendlens *.json);;CSV或TSV表格 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存%1。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>原文件保持不变。</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>SpendLens documents (*.spendlens)</source>
        <translation>SpendLens文档 (*.spendlens)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Import %1 figures from %2</source>
        <translation>从%2导入%1项数据</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入CSV</translation>
    </message>
    <message>
        <source>CSV or TSV tables (*.csv *.tsv *.txt)</source>
        <translation>CSV或TSV表格 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows from a spreadsheet first.</source>
        <translation>没有可粘贴的内容：请先从电子表格中复制行。</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV表格 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Exported the figure table to %1.</source>
        <translation>已将数据表导出到%1。</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 warnings.</source>
        <translation>已导入%1项数据；%2个警告。</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 has changed on disk since you opened or saved it here: another window or program saved it. Saving now replaces those changes with yours.</source>
        <translation>%1 自您在此打开或保存以来已在磁盘上被更改：另一个窗口或程序保存了它。现在保存将用您的更改替换那些更改。</translation>
    </message>
    <message>
        <source>Import SE&amp;C Company Facts…</source>
        <translation>导入SEC公司事实数据(&amp;C)…</translation>
    </message>
    <message>
        <source>Imported %1 figures from SEC company facts.</source>
        <translation>已从SEC公司事实数据导入%1个数据项。</translation>
    </message>
    <message>
        <source>Import SEC Company Facts</source>
        <translation>导入SEC公司事实数据</translation>
    </message>
    <message>
        <source>SEC company facts (CIK*.json *.json)</source>
        <translation>SEC公司事实数据 (CIK*.json *.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Empty Document</source>
        <translation>空白文档(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>From the &amp;Built-in Dataset</source>
        <translation>从内置数据集新建(&amp;B)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未新建</translation>
    </message>
    <message>
        <source>built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Equivalents</name>
    <message>
        <source>= %1 × %2 (%3 each)</source>
        <translation>= %1 × %2（每个%3）</translation>
    </message>
    <message>
        <source>= %1 at %2 (%3)</source>
        <translation>= 按%2计为%1（%3）</translation>
    </message>
    <message>
        <source>= %1% of %2 (%3)</source>
        <translation>= %2的%1%（%3）</translation>
    </message>
</context>
<context>
    <name>EquivalentsPanel</name>
    <message>
        <source>The figure in other terms</source>
        <translation>该数据的换算</translation>
    </message>
    <message>
        <source>Count in</source>
        <translation>折合为</translation>
    </message>
    <message>
        <source>&amp;Count in:</source>
        <translation>折合为(&amp;C)：</translation>
    </message>
    <message>
        <source>Select a figure to see it in other terms.</source>
        <translation>选择一项数据即可查看其换算。</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>Nothing to compare it with: pick a figure in the same unit.</source>
        <translation>没有可比较的对象：请选择单位相同的数据项。</translation>
    </message>
    <message>
        <source>The figure to count the selected one in: the baseline unless you pick another.</source>
        <translation>用来折合所选数据的数据项：默认为基准，也可另选。</translation>
    </message>
</context>
<context>
    <name>ExplorationBar</name>
    <message>
        <source>Pr&amp;esets</source>
        <translation>预设(&amp;E)</translation>
    </message>
    <message>
        <source>Ready-made comparisons: baseline and compared figures in one click.</source>
        <translation>现成的比较：一键设定基准和比较数据。</translation>
    </message>
    <message>
        <source>Show ranges, or read every range at its low end, midpoint or high end in the tables, charts and sentences.</source>
        <translation>显示区间，或在表格、图表和文字中一律取区间的下限、中点或上限。</translation>
    </message>
    <message>
        <source>Range mode</source>
        <translation>区间取值方式</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>主体筛选</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Show only this entity&apos;s figures in the table and the charts.</source>
        <translation>在表格和图表中只显示该主体的数据。</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Show every figure again.</source>
        <translation>重新显示全部数据。</translation>
    </message>
    <message>
        <source>&amp;Read ranges as:</source>
        <translation>区间取值(&amp;R)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>全部主体</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Show &amp;caveat</source>
        <translation>显示注意事项(&amp;C)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>复制图表(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation>将图表复制为图片（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG图片</translation>
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation>SVG（矢量，文字保留为文本）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Optional note under the chart</source>
        <translation>图表下方的注释（可选）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy headline</source>
        <translation>复制标题句</translation>
    </message>
    <message>
        <source>Copy alt text</source>
        <translation>复制替代文本</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>主题(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>注释(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <source>Ca&amp;veat:</source>
        <translation>注意(&amp;V)：</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>标题句：</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>替代文本：</translation>
    </message>
    <message>
        <source>e.g. Jane Doe / The Daily</source>
        <translation>例如：李华 / 财经日报</translation>
    </message>
    <message>
        <source>No caveat needed: one kind of figure</source>
        <translation>无需注意事项：只有一种类型的数据</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2像素</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>已将图表复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出%1</translation>
    </message>
    <message>
        <source>Chart texts stop at %1 characters; the rest was left out.</source>
        <translation>图表文字最多%1个字符；其余部分已略去。</translation>
    </message>
    <message>
        <source>Fact-check sheet…</source>
        <translation>事实核查表…</translation>
    </message>
    <message>
        <source>Every number on the chart and in its texts, with its source, for an editor to check: Markdown or PDF</source>
        <translation>图表及其文字中的每个数字及其来源，供编辑核查：Markdown或PDF</translation>
    </message>
    <message>
        <source>Fact-check Sheet</source>
        <translation>事实核查表</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fact-check sheet not written</source>
        <translation>未能写入事实核查表</translation>
    </message>
    <message>
        <source>Wrote the fact-check sheet to %1</source>
        <translation>已将事实核查表写入%1</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>编辑数据</translation>
    </message>
    <message>
        <source>e.g. 5.576M, 39.23B or 60–65B</source>
        <translation>例如：5.576M、39.23B或60–65B</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>e.g. FY2025 (Jul 2024–Jun 2025); empty: the year</source>
        <translation>例如：FY2025（2024年7月–2025年6月）；留空则为年份</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>主体(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>数据项(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Period &amp;label:</source>
        <translation>期间标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Stated &amp;on:</source>
        <translation>披露日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Source &amp;title:</source>
        <translation>来源标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布方(&amp;P)：</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>来源日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>原文引述(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>口径(&amp;B)：</translation>
    </message>
    <message>
        <source>Ver&amp;ification level:</source>
        <translation>核实级别(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Caveat:</source>
        <translation>注意(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Fo&amp;rmula:</source>
        <translation>公式(&amp;R)：</translation>
    </message>
    <message>
        <source>optional, e.g. {deepseek-v3-gpu-hours} * h800_price</source>
        <translation>可选，例如：{deepseek-v3-gpu-hours} * h800_price</translation>
    </message>
    <message>
        <source>Makes the value derived: figures by id in braces, parameters by name, numbers and + − × ÷. Leave empty to type the value.</source>
        <translation>填写后，数值将由公式推算：数据项写成花括号括起的ID，参数直接写名称，可使用数字和+ − × ÷。留空则直接输入数值。</translation>
    </message>
</context>
<context>
    <name>FigureImport</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>level</source>
        <translation>核实级别</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>line %1, column “%2”: %3</source>
        <translation>第%1行“%2”列：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is empty: there is no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>line %1: the file has a header but no rows of data.</source>
        <translation>第%1行：文件有表头，但没有数据行。</translation>
    </message>
    <message>
        <source>no column for the source (a header such as “source”), and no default source was given: every figure needs where it came from.</source>
        <translation>没有来源列（表头如“source”），也未指定默认来源：每项数据都必须注明出处。</translation>
    </message>
    <message>
        <source>the column chosen for the %1 is column %2, but the file has %3.</source>
        <translation>为%1选择的是第%2列，但文件只有%3列。</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>columns %1 could each be the %2; choose one.</source>
        <translation>第%1列都可能是%2；请选择其一。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>no column for the %1 (a header such as %2).</source>
        <translation>没有%1列（表头如%2）。</translation>
    </message>
    <message>
        <source>no column for the value (a header such as “value” or “amount”, “low” and “high”, or year columns such as “2024”).</source>
        <translation>没有数值列（表头如“value”或“amount”、“low”和“high”，或“2024”之类的年份列）。</translation>
    </message>
    <message>
        <source>“entity” or “company”</source>
        <translation>“entity”或“company”</translation>
    </message>
    <message>
        <source>“year”</source>
        <translation>“year”</translation>
    </message>
    <message>
        <source>no year columns (headers such as “2024” or “FY2024”).</source>
        <translation>没有年份列（表头如“2024”或“FY2024”）。</translation>
    </message>
    <message>
        <source>no entity columns: every column is a field such as “year”.</source>
        <translation>没有主体列：每一列都是“year”之类的字段。</translation>
    </message>
    <message>
        <source>column “%1”: its header says the amounts are in “%2”, not US dollars; convert them first.</source>
        <translation>“%1”列：表头显示金额单位为“%2”，不是美元；请先换算。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>missing: the row ends after %1 of the header&apos;s %2 cells, and a figure needs its %3.</source>
        <translation>缺失：该行只有%1个单元格（表头有%2个），而数据项必须有%3。</translation>
    </message>
    <message>
        <source>empty, and a figure needs its %1.</source>
        <translation>为空，而数据项必须有%1。</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2.</source>
        <translation>该行有%1个单元格，但表头有%2个。</translation>
    </message>
    <message>
        <source>A number such as 5,576,000 needs quotes in a comma-separated file.</source>
        <translation>在逗号分隔的文件中，5,576,000这样的数字需要加引号。</translation>
    </message>
    <message>
        <source>unknown %1 “%2”: use one of %3.</source>
        <translation>未知的%1“%2”：请使用%3之一。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请写成YYYY-MM-DD格式。</translation>
    </message>
    <message>
        <source>“%1” is not a year such as 2024 or FY2024.</source>
        <translation>“%1”不是2024或FY2024这样的年份。</translation>
    </message>
    <message>
        <source>“%1” is a range, but this column holds one end of a range.</source>
        <translation>“%1”是一个区间，但此列只存放区间的一端。</translation>
    </message>
    <message>
        <source>the id “%1” is already used by a figure in the document.</source>
        <translation>ID“%1”已被文档中的数据项使用。</translation>
    </message>
    <message>
        <source>the id “%1” is already used on line %2.</source>
        <translation>ID“%1”已在第%2行使用。</translation>
    </message>
    <message>
        <source>%1: line %2: the file has a header but no rows of data.</source>
        <translation>%1：第%2行：文件有表头，但没有数据行。</translation>
    </message>
    <message>
        <source>%L1 characters, more than the %L2 a document may hold in one text.</source>
        <translation>%L1 个字符，超出文档中单个文本可容纳的 %L2 个。</translation>
    </message>
    <message>
        <source>Recognised as Epoch AI&apos;s “%1” file: costs from the column “%2”, in %3 US dollars as its header says; rows without a cost are left out.</source>
        <translation>已识别为 Epoch AI 的“%1”文件：成本取自“%2”列，按表头所示以 %3 年美元计；没有成本的行不导入。</translation>
    </message>
    <message>
        <source>Recognised as Epoch AI&apos;s “%1” file: costs from the column “%2”, in inflation-adjusted %3 US dollars as Epoch documents this file; rows without a cost are left out.</source>
        <translation>已识别为 Epoch AI 的“%1”文件：成本取自“%2”列，按 Epoch 对该文件的说明，以经通胀调整的 %3 年美元计；没有成本的行不导入。</translation>
    </message>
    <message>
        <source>Epoch AI estimate in inflation-adjusted %1 US dollars (%2)</source>
        <translation>Epoch AI 估算，以经通胀调整的 %1 年美元计（%2）</translation>
    </message>
    <message>
        <source>empty: the figure&apos;s year is read from the publication date.</source>
        <translation>为空：数据的年份取自发布日期。</translation>
    </message>
    <message>
        <source>%1: no row has a cost in the column “%2”: there is nothing to import.</source>
        <translation>%1：“%2”列中没有任何一行有成本，没有可导入的内容。</translation>
    </message>
    <message>
        <source>1 row without a cost was left out.</source>
        <translation>有 1 行没有成本，未导入。</translation>
    </message>
    <message>
        <source>%1 rows without a cost were left out.</source>
        <translation>有 %1 行没有成本，未导入。</translation>
    </message>
    <message>
        <source>line %1: more than %L2 figures, more than a document may hold.</source>
        <translation>第 %1 行：超过 %L2 个数字，超出一个文档可容纳的数量。</translation>
    </message>
    <message>
        <source>“%1” is in %2, but the unit column says %3.</source>
        <translation>“%1”的货币是%2，但单位列写的是%3。</translation>
    </message>
    <message>
        <source>column “%1”: its header says the amounts are in “%2”; SpendLens keeps money in US dollars or yuan (RMB): convert them first.</source>
        <translation>“%1”列：表头表明金额单位为“%2”；SpendLens 只以美元或人民币记录金额：请先换算。</translation>
    </message>
    <message>
        <source>%1 (Epoch AI estimate) (inflation-adjusted by Epoch)</source>
        <translation>%1（Epoch AI估算）（经Epoch通胀调整）</translation>
    </message>
    <message>
        <source>cloud basis (Epoch)</source>
        <translation>云租用口径（Epoch）</translation>
    </message>
    <message>
        <source>Cloud-rental compute cost of the final training run</source>
        <translation>最终训练运行的云租用算力成本</translation>
    </message>
    <message>
        <source>amortized (Epoch)</source>
        <translation>摊销成本（Epoch）</translation>
    </message>
    <message>
        <source>Amortized hardware + energy cost of the final training run</source>
        <translation>最终训练运行的硬件摊销与能源成本</translation>
    </message>
    <message>
        <source>hardware bought (Epoch)</source>
        <translation>硬件购置成本（Epoch）</translation>
    </message>
    <message>
        <source>Cost to buy the final training run&apos;s hardware outright</source>
        <translation>直接购买最终训练运行所用硬件的成本</translation>
    </message>
    <message>
        <source>(Epoch)</source>
        <translation>（Epoch）</translation>
    </message>
    <message>
        <source>Cost of the final training run</source>
        <translation>最终训练运行的成本</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1，另有%2个</translation>
    </message>
    <message>
        <source>1 model is not in “%1”, which gives each model its developer and date, and was left out: %2.</source>
        <translation>有1个模型不在“%1”（该文件给出各模型的开发者和日期）中，已略去：%2。</translation>
    </message>
    <message>
        <source>%1 models are not in “%2”, which gives each model its developer and date, and were left out: %3.</source>
        <translation>有%1个模型不在“%2”（该文件给出各模型的开发者和日期）中，已略去：%3。</translation>
    </message>
    <message>
        <source>%1: not Epoch&apos;s AI Models file: it needs the columns “System” (or “Model”), “Organization” and “Publication date”.</source>
        <translation>%1：不是Epoch的AI模型文件：需要“System”（或“Model”）、“Organization”和“Publication date”列。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>Epoch&apos;s estimates for one run differ by method (cloud rental, amortized hardware and energy, hardware bought outright): different numbers, not a range.</source>
        <translation>Epoch对同一次训练运行的估算因方法而异（云租用、硬件摊销与能源、直接购买硬件）：是不同的数字，而非一个范围。</translation>
    </message>
    <message>
        <source>Developer and publication date from Epoch&apos;s “%1”.</source>
        <translation>开发者和发布日期取自Epoch的“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a number of dollars.</source>
        <translation>“%1”不是美元金额。</translation>
    </message>
    <message>
        <source>Recognised as Epoch AI&apos;s training-cost-trends “%1”: one estimate per cost (%2), in dollars inflation-adjusted by Epoch (its base year is not stated); each model&apos;s developer and date from “%3”.</source>
        <translation>识别为Epoch AI的training-cost-trends文件“%1”：每项成本（%2）一个估算值，单位为经Epoch通胀调整的美元（未说明基准年）；各模型的开发者和日期取自“%3”。</translation>
    </message>
    <message>
        <source>%1: Epoch&apos;s costs file names only the models; their developers and publication dates are in Epoch&apos;s AI Models file (“All ML Systems - full view.csv” in the repository&apos;s data folder). None was found in %2: put it there, or choose it (“Epoch AI Models File…” in the import preview; import --models FILE on the command line).</source>
        <translation>%1：Epoch的成本文件只列出模型名称；各模型的开发者和发布日期在Epoch的AI模型文件中（仓库data文件夹里的“All ML Systems - full view.csv”）。在%2中均未找到：请把它放在那里，或选择它（导入预览中的“Epoch AI模型文件…”；命令行中用import --models FILE）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1: no model with a cost is in “%2”: there is nothing to import.</source>
        <translation>%1：有成本的模型都不在“%2”中：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 models have no developer or publication date in “%2” and were left out: %3.</source>
        <translation>%1个模型在“%2”中没有开发者或发布日期，已略去：%3。</translation>
    </message>
    <message>
        <source>1 model has no developer or publication date in “%1” and was left out: %2.</source>
        <translation>有1个模型在“%1”中没有开发者或发布日期，已略去：%2。</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>⚠ No source</source>
        <translation>⚠ 无来源</translation>
    </message>
    <message>
        <source>This figure has no source: add one before publishing it.</source>
        <translation>此数据项没有来源：发表前请补充。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>核实级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The year the figure is about; edit to change the year.</source>
        <translation>数据所属的年份；编辑即可更改年份。</translation>
    </message>
    <message>
        <source>Nominal US dollars unless shown otherwise. Type 5.576M, 39.23B or a range such as 60–65B.</source>
        <translation>除另有注明外，均为名义美元。可输入5.576M、39.23B或60–65B这样的区间。</translation>
    </message>
    <message>
        <source>Primary: read in the original document. Secondary: from reporting. Derived: computed from primary line items.</source>
        <translation>一手：取自原始文件。二手：取自媒体报道。推算：由原始文件中的分项计算得出。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: this value is derived from a formula (%2); change its parameters, or its formula in the figure form.</source>
        <translation>%1：此数值由公式（%2）推算得出；请修改其参数，或在数据编辑窗口中修改公式。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a year such as 2024.</source>
        <translation>%1：“%2”不是年份（例如2024）。</translation>
    </message>
</context>
<context>
    <name>FigureRules</name>
    <message>
        <source>The id is required.</source>
        <translation>ID为必填项。</translation>
    </message>
    <message>
        <source>The entity (who spends or says it) is required.</source>
        <translation>主体（支出或披露该数字的一方）为必填项。</translation>
    </message>
    <message>
        <source>A short name for the figure is required.</source>
        <translation>数据项的简短名称为必填项。</translation>
    </message>
    <message>
        <source>The source (where the figure comes from) is required.</source>
        <translation>来源（数据出处）为必填项。</translation>
    </message>
    <message>
        <source>“period.quarter” must be 1, 2, 3 or 4 (or left out for a whole year).</source>
        <translation>“period.quarter”必须是 1、2、3 或 4（全年数字则省略）。</translation>
    </message>
    <message>
        <source>The year %1 is outside %2–%3.</source>
        <translation>年份%1不在%2–%3之间。</translation>
    </message>
    <message>
        <source>An amount must be a number from 0 to 10^16.</source>
        <translation>金额必须是0到10^16之间的数字。</translation>
    </message>
    <message>
        <source>The low end is above the high end.</source>
        <translation>区间下限高于上限。</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>“%1”不是网址（http或https）。</translation>
    </message>
    <message>
        <source>“%1” holds a user name or password: give the address without them.</source>
        <translation>“%1”包含用户名或密码：请给出不含这些信息的网址。</translation>
    </message>
    <message>
        <source>the kind “%1” is not one SpendLens knows, so the figure comes in as “other”; known kinds: %2.</source>
        <translation>SpendLens不认识类型“%1”，该数据项以“其他”类型导入；已知类型：%2。</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Capex guidance</source>
        <translation>资本支出指引</translation>
    </message>
    <message>
        <source>Analyst consensus</source>
        <translation>分析师一致预期</translation>
    </message>
    <message>
        <source>Training-run compute cost</source>
        <translation>训练算力成本</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>算力时长</translation>
    </message>
    <message>
        <source>Hardware estimate</source>
        <translation>硬件估算</translation>
    </message>
    <message>
        <source>Operating-cost estimate</source>
        <translation>运营成本估算</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>承诺投资</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>算力承诺</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指引</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>官方披露</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>据报道</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>一手</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>is a folder, not a file.</source>
        <translation>是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket), so it was not read.</source>
        <translation>不是普通文件（而是设备、管道或套接字），因此未读取。</translation>
    </message>
    <message>
        <source>cannot be opened (%1).</source>
        <translation>无法打开（%1）。</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>无法读取（%1）。</translation>
    </message>
    <message>
        <source>is larger than %1 and was not read.</source>
        <translation>大于 %1，未读取。</translation>
    </message>
    <message>
        <source>cannot be saved (%1).</source>
        <translation>无法保存（%1）。</translation>
    </message>
    <message>
        <source>only part of it could be written</source>
        <translation>只写入了一部分</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>The formula is empty.</source>
        <translation>公式为空。</translation>
    </message>
    <message>
        <source>Character %1: a number cannot follow a value without an operator between them.</source>
        <translation>第%1个字符：数字不能紧接在值之后，两者之间须有运算符。</translation>
    </message>
    <message>
        <source>Character %1: “%2” is not a number.</source>
        <translation>第%1个字符：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Character %1: a figure cannot follow a value without an operator between them.</source>
        <translation>第%1个字符：数据项不能紧接在值之后，两者之间须有运算符。</translation>
    </message>
    <message>
        <source>Character %1: “{” is never closed by “}”.</source>
        <translation>第%1个字符：“{”没有对应的“}”闭合。</translation>
    </message>
    <message>
        <source>Character %1: “{}” names no figure.</source>
        <translation>第%1个字符：“{}”中没有写数据项。</translation>
    </message>
    <message>
        <source>Character %1: a name cannot follow a value without an operator between them.</source>
        <translation>第%1个字符：名称不能紧接在值之后，两者之间须有运算符。</translation>
    </message>
    <message>
        <source>Character %1: “%2” is not a parameter name (letters, digits and “_”, starting with a letter); write figures as {id}.</source>
        <translation>第%1个字符：“%2”不是有效的参数名（须由字母、数字和“_”组成，并以字母开头）；数据项请写成{id}。</translation>
    </message>
    <message>
        <source>Character %1: “%2” needs a value before it.</source>
        <translation>第%1个字符：“%2”前面需要有值。</translation>
    </message>
    <message>
        <source>Character %1: “(” cannot follow a value without an operator between them.</source>
        <translation>第%1个字符：“(”不能紧接在值之后，两者之间须有运算符。</translation>
    </message>
    <message>
        <source>Character %1: “)” needs a value before it.</source>
        <translation>第%1个字符：“)”前面需要有值。</translation>
    </message>
    <message>
        <source>Character %1: “%2” cannot be used in a formula.</source>
        <translation>第%1个字符：公式中不能使用“%2”。</translation>
    </message>
    <message>
        <source>The formula ends where a value is expected.</source>
        <translation>公式不完整：末尾缺少值。</translation>
    </message>
    <message>
        <source>A “)” has no “(” to close.</source>
        <translation>有一个“)”没有对应的“(”。</translation>
    </message>
    <message>
        <source>A “(” is never closed.</source>
        <translation>有一个“(”没有闭合。</translation>
    </message>
    <message>
        <source>The formula uses the figure “%1”, which does not exist.</source>
        <translation>公式用到的数据项“%1”不存在。</translation>
    </message>
    <message>
        <source>The formula uses the parameter “%1”, which does not exist.</source>
        <translation>公式用到的参数“%1”不存在。</translation>
    </message>
    <message>
        <source>The formula divides by zero.</source>
        <translation>公式中出现了除以零。</translation>
    </message>
    <message>
        <source>The formula&apos;s result is too large to show.</source>
        <translation>公式结果过大，无法显示。</translation>
    </message>
    <message>
        <source>Character %1: brackets nest more than %2 deep.</source>
        <translation>第%1个字符：括号嵌套超过%2层。</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>guidance as first announced</source>
        <translation>首次公布的指引</translation>
    </message>
    <message>
        <source>latest guidance</source>
        <translation>最新指引</translation>
    </message>
    <message>
        <source>%1 by year</source>
        <translation>%1历年数据</translation>
    </message>
    <message>
        <source>Actual (solid) and %1 (hatched range). Labels: value and change on the previous year&apos;s actual.</source>
        <translation>实际值（实心）与%1（斜线区间）。标签：数值及较上年实际值的变化。</translation>
    </message>
    <message>
        <source>No figures in this series.</source>
        <translation>此序列中没有数据。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Guidance (range hatched)</source>
        <translation>指引（斜线为区间）</translation>
    </message>
    <message>
        <source>%1 by year, %2–%3</source>
        <translation>%1历年数据，%2–%3年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>{series} by year, {first}–{last}</source>
        <translation>{series}历年数据，{first}–{last}年</translation>
    </message>
    <message>
        <source>%1 guidance</source>
        <translation>%1年指引</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指引</translation>
    </message>
    <message>
        <source>Actual (solid) and %1 (pale). Labels: value and change on the previous year&apos;s actual.</source>
        <translation>实际值（实心）与%1（浅色）。标签：数值及较上年实际值的变化。</translation>
    </message>
</context>
<context>
    <name>GrowthModel</name>
    <message>
        <source>No actual for %1 to compare with.</source>
        <translation>%1年没有可供比较的实际值。</translation>
    </message>
    <message>
        <source>%1 is zero in %2, so growth is undefined.</source>
        <translation>%1在%2年为零，无法计算增长。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 — %2, stated %3</source>
        <translation>%1 — %2，披露于%3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Initial guidance</source>
        <translation>初始指引</translation>
    </message>
    <message>
        <source>Latest guidance</source>
        <translation>最新指引</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>计划变化</translation>
    </message>
    <message>
        <source>%1 is so close to zero in %2 that growth is too large to show.</source>
        <translation>%1在%2年过于接近零，增长率太大，无法显示。</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4: no growth across currencies.</source>
        <translation>%1年为%2，%3年为%4：不同货币之间不计算增长。</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <source>&amp;Series:</source>
        <translation>序列(&amp;S)：</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>An entity and kind of figure with values in at least two years.</source>
        <translation>某一主体的某类数据，至少有两个年份的数值。</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>指引(&amp;G)：</translation>
    </message>
    <message>
        <source>As first announced</source>
        <translation>首次公布</translation>
    </message>
    <message>
        <source>Latest statement</source>
        <translation>最新公布</translation>
    </message>
    <message>
        <source>Guidance statement shown</source>
        <translation>显示的指引版本</translation>
    </message>
    <message>
        <source>When guidance for a year moved, which statement the chart shows.</source>
        <translation>某年的指引有过调整时，图表显示哪一次公布的数字。</translation>
    </message>
    <message>
        <source>Values and year-over-year change</source>
        <translation>数值与同比变化</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>GuidanceChart</name>
    <message>
        <source>How guidance moved</source>
        <translation>指引如何变化</translation>
    </message>
    <message>
        <source>How %1&apos;s %2 capex plan moved</source>
        <translation>%1的%2年资本支出计划如何变化</translation>
    </message>
    <message>
        <source>Each guidance statement as a range at the date it was made, then the actual. The value axis does not start at zero.</source>
        <translation>每次公布的指引按公布日期以区间显示，最后为实际值。数值轴不从零开始。</translation>
    </message>
    <message>
        <source>No company has two or more dated guidance statements for one year.</source>
        <translation>没有公司对同一年份发布过两次或以上注明日期的指引。</translation>
    </message>
    <message>
        <source>No dated guidance statements for %1 in %2.</source>
        <translation>%1没有%2年注明日期的指引。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Guidance (range)</source>
        <translation>指引（区间）</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>披露于%1</translation>
    </message>
    <message>
        <source>Actual
%1</source>
        <translation>实际值
%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>&amp;Plan for:</source>
        <translation>计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Company and year</source>
        <translation>公司和年份</translation>
    </message>
    <message>
        <source>A company and year with two or more dated guidance statements.</source>
        <translation>有两次或以上注明日期的指引的公司及年份。</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Guidance statements</source>
        <translation>历次指引</translation>
    </message>
    <message>
        <source>%1 (actual)</source>
        <translation>%1（实际）</translation>
    </message>
    <message>
        <source>%1 %2 (%3 statements)</source>
        <translation>%1 %2年（%3次指引）</translation>
    </message>
</context>
<context>
    <name>HorizontalBars</name>
    <message>
        <source>Solid: actual</source>
        <translation>实心：实际</translation>
    </message>
    <message>
        <source>Pale: plan, estimate or claim</source>
        <translation>浅色：计划、估算或声称</translation>
    </message>
    <message>
        <source>%1 others not shown</source>
        <translation>另有%1项未显示</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>One figure per row</source>
        <translation>每行一项数据</translation>
    </message>
    <message>
        <source>One row per entity, a column per year</source>
        <translation>每个主体一行，每个年份一列</translation>
    </message>
    <message>
        <source>One row per year, a column per entity</source>
        <translation>每个年份一行，每个主体一列</translation>
    </message>
    <message>
        <source>Point (5.576)</source>
        <translation>句点（5.576）</translation>
    </message>
    <message>
        <source>Comma (5,576)</source>
        <translation>逗号（5,576）</translation>
    </message>
    <message>
        <source>For rows with no source of their own</source>
        <translation>用于没有注明来源的行</translation>
    </message>
    <message>
        <source>Publisher of that source</source>
        <translation>该来源的发布方</translation>
    </message>
    <message>
        <source>Read as %1, %2-separated; %3 data rows.</source>
        <translation>按%1编码读取，以%2分隔；共%3行数据。</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>小数点(&amp;D)：</translation>
    </message>
    <message>
        <source>Default &amp;kind:</source>
        <translation>默认类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Default &amp;source:</source>
        <translation>默认来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布方(&amp;P)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第%1列）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1所在列</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Import 1 Figure</source>
        <translation>导入1项数据(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import %1 Figures</source>
        <translation>导入%1项数据(&amp;I)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and warnings</source>
        <translation>无法导入的行及警告</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Rows that cannot be imported: %1 (listed above). Fix them in the file or the column choices: nothing is imported until every row is good.</source>
        <translation>无法导入的行：%1行（见上方列表）。请在文件或列选择中修正：所有行都无误之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Figures to import: %1. Warnings: %2 (listed above).</source>
        <translation>待导入数据：%1项。警告：%2个（见上方列表）。</translation>
    </message>
    <message>
        <source>As the headers say</source>
        <translation>按列标题</translation>
    </message>
    <message>
        <source>&amp;Values in:</source>
        <translation>数值单位(&amp;V)：</translation>
    </message>
    <message>
        <source>Warning: see line %1 in the list below.</source>
        <translation>警告：见下方列表中的第%1行。</translation>
    </message>
    <message>
        <source>%1 (header “%2”)</source>
        <translation>%1（列标题“%2”）</translation>
    </message>
    <message>
        <source>Every amount column is read in %1.</source>
        <translation>所有金额列均按%1读取。</translation>
    </message>
    <message>
        <source>No header names a unit: bare numbers are read as dollars.</source>
        <translation>没有列标题注明单位：不带单位的数字按原数读取。</translation>
    </message>
    <message>
        <source>Read in %1.</source>
        <translation>按%1读取。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For amounts with no currency of their own (“$”, “元”, “RMB”), no currency column and none in their column&apos;s header.</source>
        <translation>用于本身未注明货币（“$”“元”“RMB”）、没有货币列且列标题也未注明货币的金额。</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>默认货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Epoch AI &amp;Models File…</source>
        <translation>Epoch AI模型文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Epoch&apos;s AI Models file (“All ML Systems - full view.csv”), which gives each model in the costs file its developer and publication date.</source>
        <translation>Epoch的AI模型文件（“All ML Systems - full view.csv”），给出成本文件中各模型的开发者和发布日期。</translation>
    </message>
    <message>
        <source>Epoch AI Models File</source>
        <translation>Epoch AI模型文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Developers and dates:</source>
        <translation>开发者和日期：</translation>
    </message>
</context>
<context>
    <name>JsonShape</name>
    <message>
        <source>a NUL byte, which JSON never holds.</source>
        <translation>含有 NUL 字节，JSON 中不应出现。</translation>
    </message>
    <message>
        <source>a list or object with more than %L1 entries.</source>
        <translation>列表或对象的条目超过 %L1 个。</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels.</source>
        <translation>嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>a text of %L1 characters, longer than the %L2 a document may hold.</source>
        <translation>文本有 %L1 个字符，超出文档可容纳的 %L2 个。</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in one object.</source>
        <translation>键“%1”在同一对象中出现了两次。</translation>
    </message>
    <message>
        <source>a NUL byte inside a text; JSON writes it as \u0000.</source>
        <translation>文本中含有 NUL 字节；JSON 应写作 \u0000。</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a text; JSON writes it as \u%1.</source>
        <translation>文本中含有控制字符（U+%1）；JSON 应写作 \u%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Double-click or type to edit the figure, entity, period or value.</source>
        <translation>双击或直接输入，即可编辑数据项、主体、期间或数值。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Growth</source>
        <translation>增长(&amp;G)</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) loaded. Double-click a value to edit it; Ctrl+E exports the chart.</source>
        <translation>
            <numerusform>已载入%n项数据。双击数值即可编辑；按Ctrl+E导出图表。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>将图表数据导出为CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV数据 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the chart on show as a 1200×675 image at 2x</source>
        <translation>将当前显示的图表复制为1200×675、2倍缩放的图片</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>偏好设置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>%1 Chart</source>
        <translation>%1图</translation>
    </message>
    <message>
        <source>&amp;Figure Table</source>
        <translation>数据表(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SpendLens</source>
        <translation>关于SpendLens(&amp;A)</translation>
    </message>
    <message>
        <source>About SpendLens</source>
        <translation>关于SpendLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;SpendLens %1&lt;/b&gt;&lt;p&gt;AI-spending figures with their sources, fair comparisons with ranges, and charts ready to publish.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SpendLens %1&lt;/b&gt;&lt;p&gt;附带来源的AI支出数据、含区间的公允比较，以及可直接发表的图表。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SpendLens — %1[*]</source>
        <translation>SpendLens — %1[*]</translation>
    </message>
    <message>
        <source>The new language applies when SpendLens next starts.</source>
        <translation>新语言将在下次启动SpendLens时生效。</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>&amp;Export %1 Chart…</source>
        <translation>导出%1图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export %1 Chart &amp;Data as CSV…</source>
        <translation>将%1图数据导出为CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出%1。</translation>
    </message>
    <message>
        <source>Copied the chart (%1×%2 px) to the clipboard.</source>
        <translation>已将图表（%1×%2像素）复制到剪贴板。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>In other terms</source>
        <translation>换算</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Details of the selected figure</source>
        <translation>所选数据项的详情</translation>
    </message>
    <message>
        <source>G&amp;uidance history</source>
        <translation>指引历程(&amp;U)</translation>
    </message>
    <message>
        <source>That figure is no longer in the table.</source>
        <translation>该数据项已不在表格中。</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Not recomputed: %1</source>
        <translation>未重新计算：%1</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>参数(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>In &amp;Other Terms</source>
        <translation>换算(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>探索(&amp;X)</translation>
    </message>
    <message>
        <source>Make &amp;Baseline</source>
        <translation>设为基准(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show every figure as a multiple of the selected one.</source>
        <translation>将每项数据显示为所选数据项的倍数。</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Figures</source>
        <translation>比较所选数据(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Chart the figures selected in the table (Ctrl+click or Shift+click to select several).</source>
        <translation>为表格中选中的数据制图（按住Ctrl或Shift单击可选择多项）。</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>Read Ranges &amp;As</source>
        <translation>区间取值(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+%1</source>
        <translation>Ctrl+Shift+%1</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Filters cleared to show “%1”.</source>
        <translation>已清除筛选，以显示“%1”。</translation>
    </message>
    <message>
        <source>Select the figures to compare in the table first (Ctrl+click adds one).</source>
        <translation>请先在表格中选择要比较的数据（按住Ctrl单击可添加一项）。</translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation>基准：%1。</translation>
    </message>
    <message>
        <source>Comparing 1 figure with the baseline.</source>
        <translation>正在将1项数据与基准比较。</translation>
    </message>
    <message>
        <source>Comparing %1 figures with the baseline.</source>
        <translation>正在将%1项数据与基准比较。</translation>
    </message>
    <message>
        <source>Co&amp;mpared figures</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1 dollars</source>
        <translation>%1美元</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU小时</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Low ends</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Midpoints</source>
        <translation>中点</translation>
    </message>
    <message>
        <source>High ends</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>$%1 per GPU-hour</source>
        <translation>$%1/GPU小时</translation>
    </message>
    <message>
        <source>%1 dollars per GPU-hour</source>
        <translation>每GPU小时%1美元</translation>
    </message>
    <message>
        <source>%1美元/GPU小时</source>
        <translation>%1美元/GPU小时</translation>
    </message>
    <message>
        <source>%1元/美元</source>
        <translation>%1元/美元</translation>
    </message>
    <message>
        <source>%1 yuan per dollar</source>
        <translation>每美元%1元</translation>
    </message>
</context>
<context>
    <name>ParameterModel</name>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Formulas write this parameter as “%1”.</source>
        <translation>公式中此参数写作“%1”。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Name in formulas</source>
        <translation>公式中的名称</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; type a value such as 2.50.</source>
        <translation>%1：“%2”不是数字；请输入2.50之类的数值。</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>This document has no parameters. Add a figure with a formula that names one to explore what-ifs.</source>
        <translation>本文档没有参数。添加一项公式中含有参数名的数据，即可进行假设分析。</translation>
    </message>
    <message>
        <source> per GPU-hour</source>
        <translation>/GPU小时</translation>
    </message>
    <message>
        <source>Formulas write it as %1.</source>
        <translation>公式中写作%1。</translation>
    </message>
    <message>
        <source>%1
Formulas write it as %2.</source>
        <translation>%1
公式中写作%2。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Used by no figure.</source>
        <translation>没有数据项使用此参数。</translation>
    </message>
    <message>
        <source> yuan per dollar</source>
        <translation> 元/美元</translation>
    </message>
    <message>
        <source>Converts money between yuan and dollars on charts of %1 figures (%2).</source>
        <translation>用于在图表中换算%1年数据的人民币与美元（%2）。</translation>
    </message>
    <message>
        <source>Set by hand; %1 gives %2.</source>
        <translation>手动设定；%1给出的数值为%2。</translation>
    </message>
    <message>
        <source>Show money on charts in:</source>
        <translation>图表金额货币：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>随语言</translation>
    </message>
    <message>
        <source>Short ($60B)</source>
        <translation>短格式（$60B）</translation>
    </message>
    <message>
        <source>Long (60 billion dollars)</source>
        <translation>长格式（60 billion dollars）</translation>
    </message>
    <message>
        <source>Chinese (600亿美元)</source>
        <translation>中文（600亿美元）</translation>
    </message>
    <message>
        <source>e.g. Jane Doe / The Daily; used when a chart has none</source>
        <translation>例如：李华 / 财经日报；图表未设署名时使用</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default export size</source>
        <translation>默认导出尺寸</translation>
    </message>
    <message>
        <source>Default byline</source>
        <translation>默认署名</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when SpendLens next starts.</source>
        <translation>新语言将在下次启动SpendLens时生效。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Default export &amp;size:</source>
        <translation>默认导出尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Default &amp;byline:</source>
        <translation>默认署名(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Meta capex vs DeepSeek V3</source>
        <translation>Meta资本支出与DeepSeek V3对比</translation>
    </message>
    <message>
        <source>2025 capex plans of the hyperscalers</source>
        <translation>超大规模云厂商的2025年资本支出计划</translation>
    </message>
    <message>
        <source>Training runs of frontier models</source>
        <translation>前沿模型的训练成本</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
</context>
<context>
    <name>RatioChart</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>Choose a baseline figure.</source>
        <translation>请选择一个基准数据项。</translation>
    </message>
    <message>
        <source>Tick figures in the list to compare them.</source>
        <translation>在列表中勾选数据项进行比较。</translation>
    </message>
    <message>
        <source>Multiples of a baseline figure</source>
        <translation>相对基准数据的倍数</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Linear scale</source>
        <translation>线性刻度</translation>
    </message>
    <message>
        <source>The figures side by side</source>
        <translation>数据并列对比</translation>
    </message>
    <message>
        <source>%1; ranges as whiskers.</source>
        <translation>%1；区间以误差线表示。</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <translation>%1
%2 = %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The %1 largest are shown; %2 others are in the data.</source>
        <translation>仅显示最大的%1项；其余%2项见数据。</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>基准的%1</translation>
    </message>
    <message>
        <source>Multiples of %1</source>
        <translation>相对%1的倍数</translation>
    </message>
    <message>
        <source>Each figure as a multiple of %1. Log scale.</source>
        <translation>各项数据相当于%1的倍数。对数刻度。</translation>
    </message>
    <message>
        <source>%1 figures side by side, from %2 to %3</source>
        <translation>%1项数据并列对比，从%2到%3</translation>
    </message>
    <message>
        <source>Areas in proportion: the small square is %1; the large one %2, solid to its low end, outlined to its high end.</source>
        <translation>面积成比例：小方块为%1；大方块为%2，实心部分对应区间下限，轮廓对应区间上限。</translation>
    </message>
    <message>
        <source>Multiples of {baseline}</source>
        <translation>相对{baseline}的倍数</translation>
    </message>
    <message>
        <source>{figure} is {multiple} {baseline}</source>
        <translation>{figure}是{baseline}的{multiple}</translation>
    </message>
    <message>
        <source>Each figure as a multiple of {baseline} at {baselineValue}. Log scale.</source>
        <translation>各项数据相当于{baseline}（{baselineValue}）的倍数。对数刻度。</translation>
    </message>
    <message>
        <source>{count} figures side by side, from {smallest} to {largest}</source>
        <translation>{count}项数据并列对比，从{smallest}到{largest}</translation>
    </message>
    <message>
        <source>Areas in proportion: the small square is {baseline} at {baselineValue}; the large one {figure} at {value}.</source>
        <translation>面积成比例：小方块为{baseline}（{baselineValue}）；大方块为{figure}（{value}）。</translation>
    </message>
    <message>
        <source>Areas in proportion: the small square is {baseline} at {baselineValue}; the large one {figure} at {value}, pale: a plan, estimate or claim.</source>
        <translation>面积成比例：小方块为{baseline}（{baselineValue}）；大方块为{figure}（{value}），浅色表示计划、估算或声称。</translation>
    </message>
    <message>
        <source>Areas in proportion: the small square is {baseline} at {baselineValue}; the large one {figure} at {value}, pale (a plan, estimate or claim) to its low end, dashed to its high end.</source>
        <translation>面积成比例：小方块为{baseline}（{baselineValue}）；大方块为{figure}（{value}），浅色（计划、估算或声称）部分对应区间下限，虚线对应区间上限。</translation>
    </message>
    <message>
        <source>Areas in proportion: the small square is {baseline} at {baselineValue}; the large one {figure} at {value}, solid to its low end, outlined to its high end.</source>
        <translation>面积成比例：小方块为{baseline}（{baselineValue}）；大方块为{figure}（{value}），实心部分对应区间下限，轮廓对应区间上限。</translation>
    </message>
    <message>
        <source>1 compared figure hidden by the filter.</source>
        <translation>筛选隐藏了1项比较数据。</translation>
    </message>
    <message>
        <source>%1 compared figures hidden by the filter.</source>
        <translation>筛选隐藏了%1项比较数据。</translation>
    </message>
    <message>
        <source>Multiples across currencies are worked out after this conversion, never from amounts in two currencies.</source>
        <translation>跨货币的倍数在换算之后计算，绝不直接用两种货币的金额相除。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a converted value and the value as stated</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RatioModel</name>
    <message>
        <source>No baseline figure is chosen.</source>
        <translation>尚未选择基准数据项。</translation>
    </message>
    <message>
        <source>“%1” is in %2 and the baseline in %3: they cannot be divided.</source>
        <translation>“%1”的单位是%2，而基准的单位是%3：两者无法相除。</translation>
    </message>
    <message>
        <source>The baseline “%1” is zero, so no multiple can be computed.</source>
        <translation>基准“%1”为零，无法计算倍数。</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>Tick to show this figure in the ratio chart.</source>
        <translation>勾选后在倍数图中显示此数据项。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>× baseline</source>
        <translation>基准倍数</translation>
    </message>
    <message>
        <source>The baseline “%1” is so close to zero that the multiple of “%2” is too large to show.</source>
        <translation>基准“%1”过于接近零，“%2”的倍数太大，无法显示。</translation>
    </message>
    <message>
        <source>“%1” is in %2 and the baseline in %3, and there is no exchange rate to convert them with.</source>
        <translation>“%1”为%2，基准为%3，且没有可用于换算的汇率。</translation>
    </message>
</context>
<context>
    <name>RatioPanel</name>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Chart of the compared figures</source>
        <translation>比较数据图表</translation>
    </message>
    <message>
        <source>Log or linear value axis for the side-by-side chart.</source>
        <translation>并列对比图的数值轴采用对数或线性刻度。</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <source>Baseline figure</source>
        <translation>基准数据项</translation>
    </message>
    <message>
        <source>Figures compared with the baseline</source>
        <translation>与基准比较的数据项</translation>
    </message>
    <message>
        <source>Tick a figure to show it in the ratio chart.</source>
        <translation>勾选数据项，即可在倍数图中显示。</translation>
    </message>
    <message>
        <source>Type a figure, entity or year</source>
        <translation>输入数据名称、主体或年份</translation>
    </message>
    <message>
        <source>Every figure is shown as a multiple of this one. Type to search by figure, entity or year.</source>
        <translation>每项数据都显示为此数据的倍数。输入数据名称、主体或年份即可搜索。</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source of the selected figure</source>
        <translation>所选数据项的来源</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>在浏览器中打开？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>要在网页浏览器中打开此网址吗？

%1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a figure to see where it comes from.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;选择一项数据即可查看其来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实级别</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Caveat:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注：</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>SpendLens User Guide</source>
        <translation>SpendLens 使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is missing from this build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此版本缺少使用指南。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>%1

Showing the built-in dataset instead.</source>
        <translation>%1

改为显示内置数据集。</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>未保存的文档</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>SpendLens closed without saving changes to %1 (last kept %2). Restore them?</source>
        <translation>SpendLens关闭时未保存对%1的更改（最后保留于%2）。要恢复吗？</translation>
    </message>
    <message>
        <source>restored work</source>
        <translation>恢复的工作</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>ChartTextCheck</name>
    <message>
        <source>states %1, which matches no number the chart shows</source>
        <translation>写有%1，与图表显示的任何数字都不符</translation>
    </message>
    <message>
        <source>names %1, which is not in the chart</source>
        <translation>提到了%1，但图表中没有它</translation>
    </message>
</context>
<context>
    <name>ChartTextWarningBar</name>
    <message>
        <source>&amp;Keep Title</source>
        <translation>保留标题(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;dit Title…</source>
        <translation>编辑标题(&amp;D)…</translation>
    </message>
    <message>
        <source>Chart title warning</source>
        <translation>图表标题警告</translation>
    </message>
    <message>
        <source>The title is right for the data now: keep it and stop warning (undoable).</source>
        <translation>标题与当前数据相符：保留标题并不再警告（可撤销）。</translation>
    </message>
    <message>
        <source>Open the export dialog to edit the chart&apos;s title and subtitle.</source>
        <translation>打开导出对话框，编辑图表的标题和副标题。</translation>
    </message>
</context>
<context>
    <name>ImportPlausibility</name>
    <message>
        <source>“%1” reads as %2, about %L3 times less than %4: check what unit the numbers are in (thousands, millions, billions).</source>
        <translation>“%1”读作%2，约为%4的%L3分之一：请检查数字的单位（千、百万、十亿）。</translation>
    </message>
    <message>
        <source>“%1” reads as %2, about %L3 times more than %4: check what unit the numbers are in (thousands, millions, billions).</source>
        <translation>“%1”读作%2，约为%4的%L3倍：请检查数字的单位（千、百万、十亿）。</translation>
    </message>
    <message>
        <source>the other %1 figures of %2 in the file (about %3)</source>
        <translation>文件中%2的其他%1数据（约%3）</translation>
    </message>
    <message>
        <source>“%1” already in the document (%2)</source>
        <translation>文档中已有的“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>ImportScale</name>
    <message>
        <source>units</source>
        <translation>原数</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第%1行第%2列：%3</translation>
    </message>
    <message>
        <source>the file ends where %1 should be.</source>
        <translation>文件在应有%1处结束。</translation>
    </message>
    <message>
        <source>not valid JSON: %1 expected.</source>
        <translation>不是有效的JSON：此处应为%1。</translation>
    </message>
    <message>
        <source>an object ({)</source>
        <translation>对象（{）</translation>
    </message>
    <message>
        <source>a list ([)</source>
        <translation>列表（[）</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels.</source>
        <translation>嵌套超过%1层。</translation>
    </message>
    <message>
        <source>“,” or “}”</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <source>the file ends inside an object.</source>
        <translation>文件在对象内部结束。</translation>
    </message>
    <message>
        <source>not valid JSON: a key in quotes expected.</source>
        <translation>不是有效的JSON：此处应为带引号的键。</translation>
    </message>
    <message>
        <source>“:” after a key</source>
        <translation>键后的“:”</translation>
    </message>
    <message>
        <source>the file ends inside a list.</source>
        <translation>文件在列表内部结束。</translation>
    </message>
    <message>
        <source>“,” or “]”</source>
        <translation>“,”或“]”</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>带引号的文字</translation>
    </message>
    <message>
        <source>a text of %L1 characters, longer than the %L2 allowed.</source>
        <translation>文字长%L1个字符，超过允许的%L2个。</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a text.</source>
        <translation>文字中含有控制字符（U+%1）。</translation>
    </message>
    <message>
        <source>the file ends inside a text.</source>
        <translation>文件在文字内部结束。</translation>
    </message>
    <message>
        <source>a text with an escape that is not valid JSON.</source>
        <translation>文字中的转义序列不是有效的JSON。</translation>
    </message>
    <message>
        <source>not valid JSON: a number expected.</source>
        <translation>不是有效的JSON：此处应为数字。</translation>
    </message>
    <message>
        <source>a number too large to hold.</source>
        <translation>数字过大，无法保存。</translation>
    </message>
    <message>
        <source>the file ends where a value should be.</source>
        <translation>文件在应有值处结束。</translation>
    </message>
    <message>
        <source>not valid JSON: a value expected.</source>
        <translation>不是有效的JSON：此处应为值。</translation>
    </message>
</context>
<context>
    <name>SecCompanyFacts</name>
    <message>
        <source>%1: not a list of facts.</source>
        <translation>%1：不是事实列表。</translation>
    </message>
    <message>
        <source>%1: a fact that is not an object.</source>
        <translation>%1：某条事实不是对象。</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1：键“%2”出现了两次。</translation>
    </message>
    <message>
        <source>%1: the frame “%2” is not a calendar year (CY2024) or quarter (CY2024Q3).</source>
        <translation>%1：期间框架“%2”不是日历年（CY2024）或季度（CY2024Q3）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: “start” and “end” must be dates (YYYY-MM-DD), the start not after the end.</source>
        <translation>%1：“start”和“end”必须是日期（YYYY-MM-DD），且开始不晚于结束。</translation>
    </message>
    <message>
        <source>%1: “val” is not a number.</source>
        <translation>%1：“val”不是数字。</translation>
    </message>
    <message>
        <source>%1: “accn” is not an accession number such as 0001326801-25-000017.</source>
        <translation>%1：“accn”不是形如0001326801-25-000017的登记号。</translation>
    </message>
    <message>
        <source>%1: “form” (the filing&apos;s form, such as 10-K) is missing.</source>
        <translation>%1：缺少“form”（文件表格类型，如10-K）。</translation>
    </message>
    <message>
        <source>%1: “filed” is not a date (YYYY-MM-DD).</source>
        <translation>%1：“filed”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>not valid JSON: more text after the end.</source>
        <translation>不是有效的JSON：结尾之后还有文字。</translation>
    </message>
    <message>
        <source>not an SEC company-facts file: it has no “facts” object (EDGAR&apos;s companyfacts/CIK##########.json has one).</source>
        <translation>不是SEC公司事实数据文件：没有“facts”对象（EDGAR的companyfacts/CIK##########.json中有）。</translation>
    </message>
    <message>
        <source>“cik” (the company&apos;s SEC number) is missing or not a whole number.</source>
        <translation>缺少“cik”（公司的SEC编号），或它不是整数。</translation>
    </message>
    <message>
        <source>“entityName” (the company&apos;s name) is missing or empty.</source>
        <translation>缺少“entityName”（公司名称），或它为空。</translation>
    </message>
    <message>
        <source>not an SEC company-facts file: it is not a JSON object.</source>
        <translation>不是SEC公司事实数据文件：它不是JSON对象。</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in the file&apos;s outer object.</source>
        <translation>键“%1”在文件的外层对象中出现了两次。</translation>
    </message>
    <message>
        <source>“facts” is not an object of taxonomies.</source>
        <translation>“facts”不是由分类标准组成的对象。</translation>
    </message>
    <message>
        <source>facts.%1: not an object of concepts.</source>
        <translation>facts.%1：不是由概念组成的对象。</translation>
    </message>
    <message>
        <source>%1: the concept appears twice.</source>
        <translation>%1：该概念出现了两次。</translation>
    </message>
    <message>
        <source>%1: a concept that is not an object.</source>
        <translation>%1：该概念不是对象。</translation>
    </message>
    <message>
        <source>it has no “units”.</source>
        <translation>它没有“units”。</translation>
    </message>
    <message>
        <source>%1: “units” is not an object.</source>
        <translation>%1：“units”不是对象。</translation>
    </message>
    <message>
        <source>it has no values in US dollars (its units: %1).</source>
        <translation>它没有以美元计的数值（其单位：%1）。</translation>
    </message>
    <message>
        <source>it holds balances at a date, not amounts over a period.</source>
        <translation>它记录的是某一日期的余额，而非一段期间的金额。</translation>
    </message>
    <message>
        <source>none of its values covers a calendar year or quarter (none has a “frame”).</source>
        <translation>它没有任何数值覆盖一个日历年或季度（都没有“frame”）。</translation>
    </message>
</context>
<context>
    <name>SecFactsImport</name>
    <message>
        <source>facts.%1.%2, %3 (accession %4): %5</source>
        <translation>facts.%1.%2，%3（登记号%4）：%5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the concept “%1” cannot be imported: %2</source>
        <translation>无法导入概念“%1”：%2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1，以及另外%2个</translation>
    </message>
    <message>
        <source>no concept “%1” in this file, and no concept with values in US dollars for a calendar year or quarter.</source>
        <translation>此文件中没有概念“%1”，也没有任何以美元计、覆盖日历年或季度的概念。</translation>
    </message>
    <message>
        <source>no concept “%1” in this file with values in US dollars for a calendar year or quarter; choose one of %2.</source>
        <translation>此文件中没有以美元计、覆盖日历年或季度的概念“%1”；请从以下概念中选择：%2。</translation>
    </message>
    <message>
        <source>every figure this file gives is in the document already (%1 figures).</source>
        <translation>此文件给出的所有数据项都已在文档中（%1个）。</translation>
    </message>
</context>
<context>
    <name>SecImportDialog</name>
    <message>
        <source>Import SEC Company Facts</source>
        <translation>导入SEC公司事实数据</translation>
    </message>
    <message>
        <source>%1 (CIK %2), from %3</source>
        <translation>%1（CIK %2），来自%3</translation>
    </message>
    <message>
        <source>Line items in US dollars for calendar years (CY2024) and quarters (CY2024Q3); checked items are added up into one capex figure per period:</source>
        <translation>以美元计、按日历年（CY2024）和季度（CY2024Q3）的科目；勾选的科目将相加为每个期间的一个资本开支数据项：</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 — %2 (years: %3, quarters: %4)</source>
        <translation>%1 — %2（年度：%3，季度：%4）</translation>
    </message>
    <message>
        <source>Check at least one line item.</source>
        <translation>请至少勾选一个科目。</translation>
    </message>
    <message>
        <source>Figures to add: %1.</source>
        <translation>将添加的数据项：%1。</translation>
    </message>
    <message>
        <source>In the document already, left as they are: %1.</source>
        <translation>已在文档中、保持不变的数据项：%1。</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>set by hand; the %1 average, %2, is %3</source>
        <translation>手动设定；%1年平均汇率（%2）为%3</translation>
    </message>
    <message>
        <source>the %1 average, %2</source>
        <translation>%1年平均汇率，%2</translation>
    </message>
    <message>
        <source>; no %1 average is sourced</source>
        <translation>；%1年平均汇率无可靠来源</translation>
    </message>
    <message>
        <source>RMB figures converted at %1 yuan per dollar (%2).</source>
        <translation>人民币数据按每美元%1元换算（%2）。</translation>
    </message>
    <message>
        <source>US-dollar figures converted at %1 yuan per dollar (%2).</source>
        <translation>美元数据按每美元%1元换算（%2）。</translation>
    </message>
    <message>
        <source>yuan (RMB)</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
</context>
<context>
    <name>ChartEmphasis</name>
    <message>
        <source>the chart has %1 annotations; at most %2 fit on a chart</source>
        <translation>图表有 %1 条注释；一张图最多容纳 %2 条</translation>
    </message>
    <message>
        <source>the annotation on “%1” is %2 characters long; at most %3 fit on a chart</source>
        <translation>“%1”上的注释长 %2 个字符；一张图最多容纳 %3 个</translation>
    </message>
    <message>
        <source>the annotation on “%1” is placed off the chart</source>
        <translation>“%1”上的注释位于图表之外</translation>
    </message>
    <message>
        <source>“%1” is not a palette colour (%2)</source>
        <translation>“%1”不是调色板中的颜色（%2）</translation>
    </message>
    <message>
        <source>%1 (on “%2”) and %3 (on “%4”) look alike to colour-blind readers: choose another pair</source>
        <translation>%1（“%2”）和%3（“%4”）在色盲读者看来很相似：请另选一对颜色</translation>
    </message>
    <message>
        <source>its highlight and manual order are lists of figure ids</source>
        <translation>其突出显示和手动顺序应为数据编号列表</translation>
    </message>
    <message>
        <source>annotation %1 names no figure</source>
        <translation>第 %1 条注释未指明数据</translation>
    </message>
    <message>
        <source>the bar order “%1” is unknown (automatic, value, name, date or manual)</source>
        <translation>未知的条形顺序“%1”（automatic、value、name、date 或 manual）</translation>
    </message>
</context>
<context>
    <name>ChartPalette</name>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>朱红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>蓝绿色</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>天蓝色</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>红紫色</translation>
    </message>
</context>
<context>
    <name>EmphasisActions</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>突出显示“%1”</translation>
    </message>
    <message>
        <source>Clear highlights</source>
        <translation>清除突出显示</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <source>Note beside “%1” (empty to remove it):</source>
        <translation>“%1”旁的注释（留空则删除）：</translation>
    </message>
    <message>
        <source>Remove the note on “%1”</source>
        <translation>删除“%1”上的注释</translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation>为“%1”添加注释</translation>
    </message>
    <message>
        <source>Colour “%1”</source>
        <translation>为“%1”设置颜色</translation>
    </message>
    <message>
        <source>Order the bars</source>
        <translation>排列条形</translation>
    </message>
    <message>
        <source>Move the bar “%1”</source>
        <translation>移动条形“%1”</translation>
    </message>
    <message>
        <source>Move the note on “%1”</source>
        <translation>移动“%1”上的注释</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Its kind&apos;s colour</source>
        <translation>其类别的颜色</translation>
    </message>
    <message>
        <source>Looks like %1 to colour-blind readers</source>
        <translation>在色盲读者看来与%1相似</translation>
    </message>
    <message>
        <source>Bar &amp;order</source>
        <translation>条形顺序(&amp;O)</translation>
    </message>
    <message>
        <source>The chart&apos;s own</source>
        <translation>图表默认</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>按数值</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>突出显示(&amp;H)</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>编辑注释(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加注释(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>删除注释</translation>
    </message>
</context>
<context>
    <name>EmphasisOptions</name>
    <message>
        <source>--%1: no figure has the id “%2” (`spendlens figures` lists them).</source>
        <translation>--%1：没有编号为“%2”的数据（`spendlens figures` 会列出所有编号）。</translation>
    </message>
    <message>
        <source>--%1: the figure “%2” is not on the %3 chart, which shows %4.</source>
        <translation>--%1：数据“%2”不在 %3 图中，该图显示的是 %4。</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>--annotate takes ID=TEXT, such as --annotate meta-capex-2025=&quot;Up 84%&quot;, not “%1”.</source>
        <translation>--annotate 的格式为 ID=TEXT，例如 --annotate meta-capex-2025=&quot;Up 84%&quot;，而不是“%1”。</translation>
    </message>
    <message>
        <source>Figures to highlight, ids separated by commas: the others go grey.</source>
        <translation>要突出显示的数据，编号以逗号分隔：其余变为灰色。</translation>
    </message>
    <message>
        <source>A note on the chart beside a figure, with a leader line (repeatable).</source>
        <translation>图表上某个数据旁的注释，带引线（可重复）。</translation>
    </message>
    <message>
        <source>Bar order: value (largest first), name or date.</source>
        <translation>条形顺序：value（从大到小）、name 或 date。</translation>
    </message>
    <message>
        <source>unknown bar order “%1” (value, name or date).</source>
        <translation>未知的条形顺序“%1”（value、name 或 date）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Emphasis from the command line</source>
        <translation>命令行设置的强调</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No figures for %1.</source>
        <translation>没有 %1 的数字。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None of these companies has quarterly figures in these years.</source>
        <translation>这些公司在这些年份没有季度数字。</translation>
    </message>
    <message>
        <source>None of these companies has figures in these years.</source>
        <translation>这些公司在这些年份没有数字。</translation>
    </message>
    <message>
        <source>{kind} added up, {from}–{to}</source>
        <translation>{kind}合计，{from}–{to}</translation>
    </message>
    <message>
        <source>{kind} by quarter, {first} to {last}</source>
        <translation>按季度的{kind}，{first}至{last}</translation>
    </message>
    <message>
        <source>{kind} by year, {first}–{last}</source>
        <translation>按年的{kind}，{first}–{last}</translation>
    </message>
    <message>
        <source>{companies}: each company&apos;s yearly figures summed. US dollars, nominal.</source>
        <translation>{companies}：各公司逐年数字相加。美元，名义值。</translation>
    </message>
    <message>
        <source>{companies}. Actuals solid; plans as ranges, pale. US dollars, nominal.</source>
        <translation>{companies}。实际值为实色；计划为浅色区间。美元，名义值。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 plan %2</source>
        <translation>%1 计划 %2</translation>
    </message>
    <message>
        <source>%1 estimate %2</source>
        <translation>%1 估计 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 spent %3 in %2</source>
        <translation>%1 在%2支出 %3</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1（较%3 %2）</translation>
    </message>
    <message>
        <source>%1&apos;s is for %2</source>
        <translation>%1 的数字为%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the largest plan is %1&apos;s %2 for %3</source>
        <translation>最大的计划是 %1 %3的 %2</translation>
    </message>
    <message>
        <source>No company has an actual for every year in common, so no totals are shown.</source>
        <translation>没有公司在所有共同年份都有实际值，因此不显示合计。</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of companies</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>柱形</translation>
    </message>
    <message>
        <source>Trend chart of %1 %2 for %3, drawn as %4; actuals solid, plans as ranges</source>
        <translation>%3的%1%2趋势图，以%4绘制；实际值为实色，计划为区间</translation>
    </message>
    <message>
        <source>Sums of the yearly figures over %1–%2: %3</source>
        <translation>%1–%2 年逐年数字之和：%3</translation>
    </message>
    <message>
        <source>No figures in these periods for %1</source>
        <translation>%1 在这些时期没有数字</translation>
    </message>
    <message>
        <source>Change on the same quarter a year before</source>
        <translation>较上年同季度的变化</translation>
    </message>
    <message>
        <source>Change on the year before</source>
        <translation>较上一年的变化</translation>
    </message>
    <message>
        <source>%1&apos;s quarters are fiscal quarters, drawn when they happened (%2 = %3–%4)</source>
        <translation>%1 的季度为财季，按实际发生时间绘制（%2 = %3–%4）</translation>
    </message>
    <message>
        <source>%1&apos;s years are fiscal years, drawn at the year they end (%2 = %3–%4)</source>
        <translation>%1 的年份为财年，绘制在其结束的年份（%2 = %3–%4）</translation>
    </message>
    <message>
        <source>%1 rather than %2</source>
        <translation>采用 %1 而非 %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>%1&apos;s %2 %3 is not spending</source>
        <translation>%1 %2的%3不是支出</translation>
    </message>
    <message>
        <source>%1&apos;s %2 %3: %4</source>
        <translation>%1 %2的%3：%4</translation>
    </message>
    <message>
        <source>Each company&apos;s own line is drawn, not one definition</source>
        <translation>各公司采用各自的口径，并非同一定义</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>joins clauses of the caveat&apos;s first sentence</comment>
        <translation>%1，且%2</translation>
    </message>
    <message>
        <source>The lines: %1</source>
        <translation>各系列：%1</translation>
    </message>
    <message>
        <source>One basis per company, the one with the most periods here, never two joined in one line: %1</source>
        <translation>每家公司只用一种口径（此处期数最多者），绝不把两种口径连成一条线：%1</translation>
    </message>
    <message>
        <source>Plans and estimates are not outcomes: %1</source>
        <translation>计划和估计不是结果：%1</translation>
    </message>
    <message>
        <source>derived: the sum of the yearly figures</source>
        <translation>推算：逐年数字之和</translation>
    </message>
    <message>
        <source>Plan (range)</source>
        <translation>计划（区间）</translation>
    </message>
    <message>
        <source>%1: the sum of its yearly figures, %2–%3</source>
        <translation>%1：%2–%3 年逐年数字之和</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n companies, %1 spent the most in %2: %3</source>
        <translation>
            <numerusform>在 %n 家公司中，%1 在%2支出最多：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added up over %1–%2, %3&apos;s yearly figures come to %4, the most of the %n companies</source>
        <translation>
            <numerusform>%1–%2 年逐年相加，%3 的数字合计 %4，为 %n 家公司中最多</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%1 FY%2</source>
        <comment>a fiscal quarter: Q4 FY2025</comment>
        <translation>%2财年第%1季度</translation>
    </message>
    <message>
        <source>{kind} by year</source>
        <translation>按年的{kind}</translation>
    </message>
    <message>
        <source>{kind} by quarter</source>
        <translation>按季度的{kind}</translation>
    </message>
    <message>
        <source>No quarterly figures for %1 in these years.</source>
        <translation>这些年份没有%1的季度数据。</translation>
    </message>
    <message>
        <source>No figures for %1 in these years.</source>
        <translation>这些年份没有%1的数据。</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>&amp;Lines</source>
        <translation>折线(&amp;L)</translation>
    </message>
    <message>
        <source>By &amp;quarter</source>
        <translation>按季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>合计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Companies:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company names separated by commas, as in the figure table.</source>
        <translation>以逗号分隔的公司名称，与数字表中一致。</translation>
    </message>
    <message>
        <source>Lines rather than grouped bars.</source>
        <translation>以折线而非分组柱形显示。</translation>
    </message>
    <message>
        <source>By quarter, where the data has quarters.</source>
        <translation>按季度显示（数据有季度时）。</translation>
    </message>
    <message>
        <source>Each company&apos;s total over the years all companies share.</source>
        <translation>各公司在所有公司共同年份内的合计。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Figures by company and period</source>
        <translation>按公司和时期列出的数字</translation>
    </message>
    <message>
        <source>No figures for “%1”.</source>
        <translation>没有“%1”的数字。</translation>
    </message>
    <message>
        <source>”, “</source>
        <translation>”、“</translation>
    </message>
</context>
<context>
    <name>TrendSeries</name>
    <message>
        <source>%1 is zero or near it, so no change is shown.</source>
        <translation>%1 为零或接近零，因此不显示变化。</translation>
    </message>
    <message>
        <source>No actual for %1 to compare with.</source>
        <translation>没有 %1 的实际值可供比较。</translation>
    </message>
    <message>
        <source>No actual for %1.</source>
        <translation>没有 %1 的实际值。</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a calendar quarter: Q3 2025</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>Q%1 ’%2</source>
        <comment>a quarter on a chart&apos;s axis, the year in two digits: Q1 ’24</comment>
        <translation>%2年Q%1</translation>
    </message>
</context>
<context>
    <name>TrendSettings</name>
    <message>
        <source>the trend chart&apos;s companies must be names.</source>
        <translation>趋势图的公司必须是名称。</translation>
    </message>
    <message>
        <source>the trend chart&apos;s kind “%1” is unknown.</source>
        <translation>趋势图的类别“%1”未知。</translation>
    </message>
    <message>
        <source>the trend chart&apos;s years %1–%2 are not a span.</source>
        <translation>趋势图的年份 %1–%2 不是有效区间。</translation>
    </message>
</context>
</TS>
