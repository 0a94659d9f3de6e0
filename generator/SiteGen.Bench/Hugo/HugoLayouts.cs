namespace SiteGen.Bench.Hugo;

/// <summary>
/// The Hugo layouts of the benchmark's Hugo site: the same page structure as SiteGen's templates (layout, home, year,
/// disclosure, project form, indicator table), in Go templates over the front matter <see cref="HugoSite"/> writes.
/// </summary>
internal static class HugoLayouts
{
    public static IReadOnlyList<(string Path, string Text)> All { get; } =
    [
        ("_default/baseof.html", BaseOf),
        ("index.html", Home),
        ("_default/list.html", Year),
        ("_default/single.html", Disclosure),
        ("partials/project.html", Project),
        ("partials/indicator-table.html", IndicatorTable),
    ];

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
        <link rel="canonical" href="{{ .Permalink }}">
        <meta property="og:title" content="{{ .Title }}">
        <meta property="og:url" content="{{ .Permalink }}">
        <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
        </head>
        <body class="page-{{ .Kind }}">
        <a class="skip-link" href="#main">跳到正文</a>
        <header class="site-header">
        <div class="wrap">
        <p class="site-title"><a href="{{ "" | relURL }}">{{ site.Title }}</a></p>
        <p class="site-authority">{{ site.Params.authority }}</p>
        <form class="site-search" role="search" method="get" action="{{ "search/" | relURL }}">
        <label class="visually-hidden" for="site-search-q">搜索部门、项目或指标</label>
        <input type="search" id="site-search-q" name="q" placeholder="搜索项目、指标">
        <button type="submit">搜索</button>
        </form>
        </div>
        </header>
        <nav class="breadcrumbs" aria-label="当前位置"><div class="wrap"><ol>
        <li><a href="{{ "" | relURL }}">首页</a></li>
        {{- if .Parent }}{{ if not .Parent.IsHome }}<li><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></li>{{ end }}{{ end }}
        {{- if not .IsHome }}<li aria-current="page">{{ .Title }}</li>{{ end }}
        </ol></div></nav>
        <main id="main" tabindex="-1">
        <div class="wrap">
        {{ block "main" . }}{{ end }}
        </div>
        </main>
        <footer class="site-footer">
        <div class="wrap">
        <p>{{ site.Title }}</p>
        <p>主办单位：{{ site.Params.authority }}</p>
        </div>
        </footer>
        </body>
        </html>
        """;

    private const string Home = """
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex="0">
        <table class="listing">
        <caption id="years-caption">按年度浏览</caption>
        <thead><tr><th scope="col">预算年度</th><th scope="col" class="num">部门数</th><th scope="col" class="num">项目数</th><th scope="col" class="num">预算总额（万元）</th></tr></thead>
        <tbody>
        {{- range .Sections.ByTitle.Reverse }}
        {{- $projects := 0 }}{{ $total := 0.0 }}
        {{- range .RegularPages }}{{ $projects = add $projects (len .Params.projects) }}{{ $unit := .Params.money_unit }}{{ range .Params.projects }}{{ $t := float .budget.total }}{{ if eq $unit "元" }}{{ $t = div $t 10000.0 }}{{ end }}{{ $total = add $total $t }}{{ end }}{{ end }}
        <tr>
        <th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}<span class="visually-hidden">预算绩效目标</span></a></th>
        <td class="num">{{ len .RegularPages }}</td>
        <td class="num">{{ $projects }}</td>
        <td class="num">{{ lang.FormatNumber 2 $total }}</td>
        </tr>
        {{- end }}
        </tbody>
        </table>
        </div>
        {{- range .Site.RegularPages }}{{ $.Scratch.SetInMap "departments" .Params.department.code .Params.department.name }}{{ $.Scratch.SetInMap "disclosed" (printf "%s/%v" .Params.department.code .Params.year) .RelPermalink }}{{ end }}
        {{- $disclosed := $.Scratch.Get "disclosed" }}
        <div class="table-scroll" role="region" aria-labelledby="departments-caption" tabindex="0">
        <table class="listing grid">
        <caption id="departments-caption">按部门浏览</caption>
        <thead><tr><th scope="col">部门</th>{{ range .Sections.ByTitle.Reverse }}<th scope="col" class="year">{{ .Title }}</th>{{ end }}</tr></thead>
        <tbody>
        {{- range $code, $name := $.Scratch.Get "departments" }}
        <tr>
        <th scope="row"><span class="code">{{ $code }}</span> {{ $name }}</th>
        {{- range $.Sections.ByTitle.Reverse }}{{ $url := index $disclosed (printf "%s/%s" $code .Section) }}
        {{- if $url }}<td class="year"><a href="{{ $url }}">{{ .Section }}<span class="visually-hidden">{{ $name }}预算绩效目标</span></a></td>{{ else }}<td class="year"><span class="none">—</span></td>{{ end }}
        {{- end }}
        </tr>
        {{- end }}
        </tbody>
        </table>
        </div>
        {{ end }}
        """;

    private const string Year = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <p class="lead">{{ .Title }}，共 {{ len .RegularPages }} 个部门。</p>
        <nav class="year-links" aria-label="其他年度"><span class="year-links-label">其他年度：</span><ul>
        {{- $current := . }}{{ range site.Sections.ByTitle.Reverse }}{{ if eq . $current }}<li><span aria-current="page">{{ .Section }}年</span></li>{{ else }}<li><a href="{{ .RelPermalink }}">{{ .Section }}年</a></li>{{ end }}{{ end }}
        </ul></nav>
        <div class="table-scroll" role="region" aria-labelledby="departments-caption" tabindex="0">
        <table class="listing">
        <caption id="departments-caption">{{ .Title }}</caption>
        <thead><tr><th scope="col">部门</th><th scope="col" class="num">项目数</th><th scope="col" class="num">预算合计</th><th scope="col">金额单位</th></tr></thead>
        <tbody>
        {{- range .RegularPages.ByParam "department.code" }}
        {{- $total := 0.0 }}{{ range .Params.projects }}{{ $total = add $total (float .budget.total) }}{{ end }}
        <tr>
        <th scope="row"><a href="{{ .RelPermalink }}"><span class="code">{{ .Params.department.code }}</span> {{ .Params.department.name }}</a></th>
        <td class="num">{{ len .Params.projects }}</td>
        <td class="num">{{ lang.FormatNumber 2 $total }}</td>
        <td>{{ .Params.money_unit }}</td>
        </tr>
        {{- end }}
        </tbody>
        </table>
        </div>
        {{ end }}
        """;

    private const string Disclosure = """
        {{ define "main" }}
        {{- $d := .Params }}
        <article class="disclosure">
        <header class="doc-header">
        <h1>{{ .Title }}</h1>
        <dl class="doc-meta">
        <div><dt>部门</dt><dd>{{ $d.department.code }} {{ $d.department.name }}</dd></div>
        <div><dt>预算年度</dt><dd>{{ $d.year }}年</dd></div>
        <div><dt>金额单位</dt><dd>{{ $d.money_unit }}</dd></div>
        <div><dt>指标体系</dt><dd>{{ $d.framework }}年版</dd></div>
        <div><dt>项目</dt><dd>{{ len $d.projects }} 个</dd></div>
        </dl>
        </header>
        <section class="downloads" aria-labelledby="downloads-title"><h2 id="downloads-title">下载数据</h2>
        <ul><li><a href="data.json" download>全部内容（JSON）</a></li><li><a href="indicators.csv" download>绩效指标表（CSV，可用 Excel 打开）</a></li></ul>
        </section>
        <nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">目录</h2><ol>
        <li><a href="#part-one">第一部分 部门整体绩效目标</a></li>
        <li><a href="#part-two">第二部分 预算项目绩效目标</a><ol>
        {{- range $i, $p := $d.projects }}<li><a href="#p-{{ $p.code }}">{{ add $i 1 }}、{{ $p.name }}绩效目标表</a></li>{{ end }}
        </ol></li></ol></nav>
        <section class="part part-one" id="part-one" aria-labelledby="part-one-title">
        <h2 id="part-one-title"><span class="part-no">第一部分</span> <span class="part-name">部门整体绩效目标</span></h2>
        {{- with $d.part_one.overall_goals }}
        <section class="goal-section" id="overall-goals"><h3>一、总体绩效目标</h3>
        {{ with .intro }}{{ . | markdownify }}{{ end }}
        {{ range $i, $item := .items }}<p>{{ add $i 1 }}是 </p>{{ $item | markdownify }}
        {{ end }}</section>
        {{- end }}
        {{- if $d.part_one.sub_goals }}
        <section class="goal-section" id="sub-goals"><h3>二、分项绩效目标</h3>
        {{ range $i, $g := $d.part_one.sub_goals }}<p>{{ add $i 1 }}、<strong>{{ $g.title }}。</strong></p>{{ $g.text | markdownify }}
        {{ end }}</section>
        {{- end }}
        {{- with $d.part_one.measures }}
        <section class="goal-section" id="measures"><h3>三、工作保障措施</h3>
        {{ with .intro }}{{ . | markdownify }}{{ end }}
        {{ range $i, $item := .items }}<p>{{ add $i 1 }}是 </p>{{ $item | markdownify }}
        {{ end }}</section>
        {{- end }}
        </section>
        <section class="part part-two" id="part-two" aria-labelledby="part-two-title">
        <h2 id="part-two-title"><span class="part-no">第二部分</span> <span class="part-name">预算项目绩效目标</span></h2>
        {{- range $i, $p := $d.projects }}
        {{ partial "project.html" (dict "p" $p "n" (add $i 1) "unit" $d.money_unit) }}
        {{- end }}
        </section>
        </article>
        {{ end }}
        """;

    private const string Project = """
        {{- $p := .p }}{{ $id := printf "p-%s" $p.code }}
        <section class="project" id="{{ $id }}" aria-labelledby="{{ $id }}-title">
        <table class="form form-main">
        <caption id="{{ $id }}-caption">
        <h3 class="form-title" id="{{ $id }}-title">{{ .n }}、{{ $p.name }}绩效目标表</h3>
        <span class="form-unit"><span class="form-unit-name">{{ $p.unit.code }}{{ $p.unit.name }}</span> <span class="form-unit-money">单位：{{ .unit }}</span></span>
        </caption>
        <colgroup><col class="col-label"><col span="6"></colgroup>
        <tbody>
        <tr class="pairs"><th scope="row">项目编码</th><td colspan="2" class="code">{{ $p.code }}</td><th scope="row">项目名称</th><td colspan="3">{{ $p.name }}</td></tr>
        {{- with $p.details }}
        {{- with .supervising_department }}<tr class="pairs"><th scope="row">主管部门</th><td colspan="6">{{ . }}</td></tr>{{ end }}
        {{- with .implementing_unit }}<tr class="pairs"><th scope="row">实施单位</th><td colspan="6">{{ . }}</td></tr>{{ end }}
        {{- with .manager }}<tr class="pairs"><th scope="row">项目负责人</th><td colspan="6">{{ . }}</td></tr>{{ end }}
        {{- with .approval_basis }}<tr class="stack"><th scope="row">立项依据</th><td colspan="6" class="prose">{{ . | markdownify }}</td></tr>{{ end }}
        {{- end }}
        <tr class="pairs">
        <th scope="row" rowspan="2" id="{{ $id }}-budget">预算规模及资金用途</th>
        <th scope="row" id="{{ $id }}-total" class="sub">预算数</th><td headers="{{ $id }}-budget {{ $id }}-total" class="amount">{{ $p.budget.total }}</td>
        <th scope="row" id="{{ $id }}-fiscal" class="sub">其中：财政资金</th><td headers="{{ $id }}-budget {{ $id }}-fiscal" class="amount">{{ $p.budget.fiscal }}</td>
        <th scope="row" id="{{ $id }}-other" class="sub">其他资金</th><td headers="{{ $id }}-budget {{ $id }}-other" class="amount">{{ $p.budget.other }}</td>
        </tr>
        <tr class="stack"><td colspan="6" headers="{{ $id }}-budget" class="prose">{{ $p.purpose | markdownify }}</td></tr>
        {{- with $p.spending_plan }}
        <tr class="stack"><th scope="row">资金支出计划（%）</th><td colspan="6" class="nested">
        <table class="plan"><caption class="visually-hidden">资金支出计划（%）</caption>
        <thead><tr>{{ range . }}<th scope="col">{{ .checkpoint }}</th>{{ end }}</tr></thead>
        <tbody><tr>{{ range . }}<td>{{ .percent }}</td>{{ end }}</tr></tbody></table>
        </td></tr>
        {{- end }}
        <tr class="stack"><th scope="row">绩效目标</th><td colspan="6" class="prose">
        {{ range $i, $g := $p.goals }}<p>{{ add $i 1 }}、</p>{{ $g | markdownify }}{{ end }}
        </td></tr>
        </tbody>
        </table>
        {{ partial "indicator-table.html" (dict "rows" $p.indicators "id" (printf "%s-i" $id) "caption" (printf "%s绩效指标" $p.name)) }}
        {{- with $p.details.long_term_indicators }}{{ partial "indicator-table.html" (dict "rows" . "id" (printf "%s-lt" $id) "caption" (printf "%s长期绩效指标" $p.name)) }}{{ end }}
        </section>
        """;

    // The 一级 and 二级 cells are merged over the rows that repeat them, as in the official table: the template counts
    // each run of equal cells (SiteGen's IndicatorTableView does the same in C#).
    private const string IndicatorTable = """
        {{- $rows := .rows }}{{ $id := .id }}{{ $n := len $rows }}
        <div class="table-scroll" role="region" aria-labelledby="{{ $id }}-caption" tabindex="0">
        <table class="form indicators">
        <caption id="{{ $id }}-caption">{{ .caption }}</caption>
        <thead><tr><th scope="col" class="c-level1">一级指标</th><th scope="col" class="c-level2">二级指标</th><th scope="col" class="c-name">三级指标</th><th scope="col" class="c-description">绩效指标描述</th><th scope="col" class="c-target">指标值</th><th scope="col" class="c-basis">指标值确定依据</th></tr></thead>
        {{- range $i, $row := $rows }}
        {{- $prev := cond (gt $i 0) (index $rows (sub $i 1)) dict }}
        {{- $new1 := or (eq $i 0) (ne $prev.level1 $row.level1) }}
        {{- $new2 := or $new1 (ne $prev.level2 $row.level2) }}
        {{- $span1 := 0 }}{{ $span2 := 0 }}
        {{- if $new1 }}{{ $span1 = 1 }}{{ $open := true }}{{ range after (add $i 1) $rows }}{{ if and $open (eq .level1 $row.level1) }}{{ $span1 = add $span1 1 }}{{ else }}{{ $open = false }}{{ end }}{{ end }}{{ end }}
        {{- if $new2 }}{{ $span2 = 1 }}{{ $open := true }}{{ range after (add $i 1) $rows }}{{ if and $open (eq .level1 $row.level1) (eq .level2 $row.level2) }}{{ $span2 = add $span2 1 }}{{ else }}{{ $open = false }}{{ end }}{{ end }}{{ end }}
        {{- if $new1 }}{{ if gt $i 0 }}</tbody>{{ end }}<tbody>{{ end }}
        <tr id="{{ $id }}{{ add $i 1 }}">
        {{- if $new1 }}<th scope="rowgroup"{{ if gt $span1 1 }} rowspan="{{ $span1 }}"{{ end }} class="level1">{{ $row.level1 }}</th>{{ end }}
        {{- if $new2 }}<th scope="row"{{ if gt $span2 1 }} rowspan="{{ $span2 }}"{{ end }} class="level2">{{ $row.level2 }}</th>{{ end }}
        <th scope="row" class="level3">{{ $row.name }}{{ if $row.core }}<span class="core-mark" aria-hidden="true">★</span>{{ end }}</th>
        <td>{{ $row.description }}</td>
        <td class="target">{{ $row.target.text }}</td>
        <td>{{ $row.basis }}</td>
        </tr>
        {{- if eq (add $i 1) $n }}</tbody>{{ end }}
        {{- end }}
        </table>
        </div>
        """;
}
