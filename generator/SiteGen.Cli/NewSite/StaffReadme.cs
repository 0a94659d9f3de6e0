namespace SiteGen.Cli.NewSite;

/// <summary>The README of a new site: for the staff who keep it, in Chinese, what is where and the daily routine.</summary>
internal static class StaffReadme
{
    public static string Text(NewSiteSettings settings, string exampleFolder) => $$"""
        # {{settings.Title}}

        {{settings.Authority}}的预算绩效目标公开网站，由 sitegen 生成（`sitegen new` 创建了这个目录）。
        在本目录（有 content/ 的这一层）里运行下面的命令。

        ## 目录

        - `content/site.yml`：站点设置（标题、发布机关、网址）
        - `content/年度/部门/`：每个部门每个年度一个文件夹，内有 `disclosure.yml`（部门整体绩效目标）和 `projects/`（每个预算项目一个文件）
        - `content/.schema/`：编辑器检查 YAML 用的说明文件，不要修改
        - `templates/`：没有这个目录时使用 sitegen 内置的模板；要改页面样式，运行 `sitegen templates --output templates` 复制出来再改，这里有的文件代替内置的同名文件
        - `output/`：生成的网站，上传到门户网站的就是这个目录；不要手工修改（它不纳入版本管理）

        ## 日常三步

        1. 编辑 `content/` 中的文件（VS Code 或记事本均可，保存为 UTF-8）
        2. `sitegen check`：检查内容；有错时每行指出 文件(行,列) 和怎么改
        3. `sitegen serve`：在浏览器中预览（地址见命令输出），保存文件后页面自动刷新；按 Ctrl+C 结束

        确认无误后运行 `sitegen build`，把 `output/` 整个上传。

        ## 添加一个部门的公开文档

        `{{exampleFolder}}/` 是示例：名称以 `_` 开头，所以不会发布（每次构建会提示一行 info）。
        复制这个文件夹，改名为“部门编码-部门名称”（去掉开头的 `_`），再按本部门的公开表格修改其中的内容；
        每个预算项目一个文件，放在 `projects/` 中，文件名以 `1-`、`2-` 开头。

        ## 写 YAML 的注意事项

        - 缩进只能用空格，不能用 Tab；同一层的字段、同一列表的各项上下对齐
        - 冒号、引号、逗号用英文（半角）：`name: 值`，冒号后有一个空格；列表项以 `- ` 开头（减号后有一个空格）
        - 值中间有“: ”，或以 * & ! % @ { 或反引号开头时，给整个值加英文引号，例如 `target: "*不低于90%"`
        - 纯数字的编码加英文引号：`code: "100001"`

        ## Windows

        在命令提示符（cmd.exe）中中文显示为乱码时，先运行 `chcp 65001`（切换到 UTF-8），或改用 Windows Terminal / PowerShell。

        """;
}
