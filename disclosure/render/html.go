package render

import (
	"fmt"
	"html/template"
	"io"
)

// HTML writes the disclosure copy as one self-contained HTML page (no script, no external
// resource): every withheld part is an empty black bar numbered into the closing list of what
// was withheld, on what ground and why. html/template escapes every text and attribute.
func HTML(w io.Writer, d Document) error {
	if err := page.Execute(w, redact(d)); err != nil {
		return fmt.Errorf("render: writing the HTML: %w", err)
	}
	return nil
}

// page is the HTML copy. A withheld value repeated inside disclosed text is an inline bar
// with the number of the part it repeats. The bar is a styled element with no text from the withheld part: its
// only content is a link to its entry in the list (read out as 不開示（n）, no alt text or
// label of its own), its height one of the three buckets (see barLines), and
// print-color-adjust keeps it black when printed (browsers drop backgrounds otherwise).
var page = template.Must(template.New("copy").Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: "IPAGothic", "IPAexGothic", "Noto Sans CJK JP", sans-serif; line-height: 1.7; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
h1 { font-size: 1.5em; text-align: center; }
.meta { text-align: right; font-size: .9em; }
.meta div { margin: 0; }
h2 { font-size: 1.2em; border-bottom: 1px solid #000; }
dt { font-size: .9em; color: #444; margin-top: .8em; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; line-break: strict; }
.bar { display: block; background: #000; color: #fff; font-size: .8em; padding: 0 .5em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar a { color: #fff; }
.bar-1 { min-height: 1.7rem; }
.bar-3 { min-height: 5.1rem; }
.bar-6 { min-height: 10.2rem; }
.bar.bar-inline { display: inline-block; padding: 0 .3em; line-height: 1.4; }
.withheld dd { white-space: normal; }
@media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<div class="meta">
{{- if .Reference}}<div>開示請求番号：<span class="reference">{{.Reference}}</span></div>{{end}}
{{- if .Municipality}}<div>実施機関：{{.Municipality}}</div>{{end}}
{{- if .Produced}}<div>作成日：{{.Produced}}</div>{{end}}
</div>
</header>
<main>
{{- range .Sections}}
<section>
{{- if .Heading}}<h2>{{.Heading}}</h2>{{end}}
<dl>
{{- range .Parts}}
<dt>{{.Label}}</dt>
{{- if .Withheld}}
<dd><span class="bar bar-{{.BarLines}}"><a href="#withheld-{{.No}}">` + WithheldMark + `（{{.No}}）</a></span></dd>
{{- else}}
<dd>{{range .Spans}}{{if .No}}<span class="bar bar-inline"><a href="#withheld-{{.No}}">` + WithheldMark + `（{{.No}}）</a></span>{{else}}{{.Text}}{{end}}{{end}}</dd>
{{- end}}
{{- end}}
</dl>
</section>
{{- end}}
<section class="withheld">
<h2>` + ListHeading + `</h2>
{{- if not .Withheld}}
<p>不開示とした部分はありません。</p>
{{- else}}
<ol>
{{- range .Withheld}}
<li id="withheld-{{.No}}" value="{{.No}}"><span class="label">{{.Label}}</span>{{if .Section}}（{{.Section}}）{{end}}
<dl>
<dt>根拠</dt><dd class="ground">{{.Ground}}</dd>
<dt>理由</dt><dd class="reason">{{range .Reason}}{{if .No}}<span class="bar bar-inline"><a href="#withheld-{{.No}}">` + WithheldMark + `（{{.No}}）</a></span>{{else}}{{.Text}}{{end}}{{end}}</dd>
</dl>
</li>
{{- end}}
</ol>
{{- end}}
</section>
</main>
</body>
</html>
`))
