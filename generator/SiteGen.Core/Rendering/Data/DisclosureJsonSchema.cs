using System.Text;

namespace SiteGen.Rendering.Data;

/// <summary>The JSON Schema (2020-12) of data.json, version 1; its <c>$id</c> is where the site publishes it.</summary>
/// <remarks>Kept in step with <see cref="DisclosureJson"/> by a test that validates every built data.json against it.</remarks>
public static class DisclosureJsonSchema
{
    public static byte[] Write(string baseUrl) =>
        Encoding.UTF8.GetBytes(Text.Replace("__ID__", baseUrl + DataUrls.DisclosureSchema, StringComparison.Ordinal));

    private const string Text = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "__ID__",
          "title": "预算绩效目标公开：一个部门一个年度的公开文档（data.json）",
          "description": "版本 1。金额、百分比和数值都是按原文照录的十进制文字（例如 \"10.00\"），不是 JSON 数字：JSON 数字在多数程序中按二进制浮点数读取，会丢失原文的小数位或精度。正文字段是 Markdown 原文。所有字段都会出现，原文没有的为 null。网址都是相对于网站根目录的路径。",
          "type": "object",
          "required": ["$schema", "schema_version", "url", "year", "framework", "money_unit", "department", "part_one", "projects"],
          "additionalProperties": false,
          "properties": {
            "$schema": { "type": "string", "description": "本文件的 JSON Schema 的相对地址" },
            "schema_version": { "type": "string", "pattern": "^1\\.[0-9]+$", "description": "数据格式版本：1.x 只增加字段，不改变已有字段" },
            "url": { "type": "string", "description": "公开文档页面的地址（相对于网站根目录）" },
            "year": { "type": "integer", "description": "预算年度" },
            "framework": { "type": "string", "enum": ["2020", "2021"], "description": "指标体系（2020 年版或 2021 年版）" },
            "money_unit": { "type": "string", "enum": ["万元", "元"], "description": "本文档所有金额的单位" },
            "department": { "$ref": "#/$defs/department", "description": "部门" },
            "part_one": {
              "type": "object",
              "description": "第一部分 部门整体绩效目标",
              "required": ["overall_goals", "sub_goals", "measures"],
              "additionalProperties": false,
              "properties": {
                "overall_goals": { "$ref": "#/$defs/section", "description": "总体绩效目标" },
                "sub_goals": {
                  "type": "array",
                  "description": "分项绩效目标",
                  "items": {
                    "type": "object",
                    "required": ["title", "text"],
                    "additionalProperties": false,
                    "properties": {
                      "title": { "type": "string", "description": "小标题" },
                      "text": { "type": "string", "description": "内容（Markdown）" }
                    }
                  }
                },
                "measures": { "anyOf": [{ "$ref": "#/$defs/section" }, { "type": "null" }], "description": "工作保障措施" }
              }
            },
            "projects": { "type": "array", "items": { "$ref": "#/$defs/project" }, "description": "第二部分 预算项目绩效目标表，按原文顺序" }
          },
          "$defs": {
            "decimal": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "description": "按原文照录的十进制数" },
            "optionalDecimal": { "type": ["string", "null"], "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
            "optionalText": { "type": ["string", "null"] },
            "department": {
              "type": "object",
              "required": ["code", "name", "short_name"],
              "additionalProperties": false,
              "properties": {
                "code": { "type": "string", "description": "编码" },
                "name": { "type": "string", "description": "名称" },
                "short_name": { "$ref": "#/$defs/optionalText", "description": "简称" }
              }
            },
            "section": {
              "type": "object",
              "required": ["intro", "items"],
              "additionalProperties": false,
              "properties": {
                "intro": { "$ref": "#/$defs/optionalText", "description": "引言（Markdown）" },
                "items": { "type": "array", "items": { "type": "string" }, "description": "各条内容（Markdown），不含编号" }
              }
            },
            "project": {
              "type": "object",
              "required": ["code", "name", "url", "unit", "budget", "purpose", "spending_plan", "goals", "indicators", "details"],
              "additionalProperties": false,
              "properties": {
                "code": { "type": "string", "description": "项目编码" },
                "name": { "type": "string", "description": "项目名称" },
                "url": { "type": "string", "description": "项目在页面上的地址（相对于网站根目录）" },
                "unit": { "$ref": "#/$defs/department", "description": "单位" },
                "budget": {
                  "type": "object",
                  "description": "预算规模",
                  "required": ["total", "fiscal", "other"],
                  "additionalProperties": false,
                  "properties": {
                    "total": { "$ref": "#/$defs/decimal", "description": "预算数" },
                    "fiscal": { "$ref": "#/$defs/optionalDecimal", "description": "其中：财政资金；原表为空时为 null" },
                    "other": { "$ref": "#/$defs/optionalDecimal", "description": "其他资金；原表为空时为 null（按 0 计）" }
                  }
                },
                "purpose": { "type": "string", "description": "资金用途（Markdown）" },
                "spending_plan": {
                  "type": "array",
                  "description": "资金支出计划（累计百分比）",
                  "items": {
                    "type": "object",
                    "required": ["checkpoint", "percent"],
                    "additionalProperties": false,
                    "properties": {
                      "checkpoint": { "type": "string", "description": "时间节点" },
                      "percent": { "$ref": "#/$defs/decimal", "description": "累计支出百分比" }
                    }
                  }
                },
                "goals": { "type": "array", "items": { "type": "string" }, "description": "绩效目标（Markdown）" },
                "indicators": { "type": "array", "items": { "$ref": "#/$defs/indicator" }, "description": "绩效指标，按原表顺序" },
                "details": {
                  "type": "object",
                  "description": "其他省份表格中的可选字段",
                  "required": ["supervising_department", "implementing_unit", "manager", "attribute", "category", "period", "approval_basis", "subject_code", "long_term_goals", "long_term_indicators", "cost_breakdown"],
                  "additionalProperties": false,
                  "properties": {
                    "supervising_department": { "$ref": "#/$defs/optionalText", "description": "主管部门" },
                    "implementing_unit": { "$ref": "#/$defs/optionalText", "description": "实施单位" },
                    "manager": { "$ref": "#/$defs/optionalText", "description": "项目负责人" },
                    "attribute": { "$ref": "#/$defs/optionalText", "description": "项目属性" },
                    "category": { "$ref": "#/$defs/optionalText", "description": "项目分类" },
                    "period": { "$ref": "#/$defs/optionalText", "description": "建设周期" },
                    "approval_basis": { "$ref": "#/$defs/optionalText", "description": "立项依据（Markdown）" },
                    "subject_code": { "$ref": "#/$defs/optionalText", "description": "财政资金科目代码" },
                    "long_term_goals": { "type": "array", "items": { "type": "string" }, "description": "长期绩效目标（Markdown）" },
                    "long_term_indicators": { "type": "array", "items": { "$ref": "#/$defs/indicator" }, "description": "长期绩效指标" },
                    "cost_breakdown": {
                      "type": "array",
                      "description": "成本构成",
                      "items": {
                        "type": "object",
                        "required": ["item", "amount", "basis"],
                        "additionalProperties": false,
                        "properties": {
                          "item": { "type": "string", "description": "成本项目" },
                          "amount": { "$ref": "#/$defs/optionalDecimal", "description": "金额" },
                          "basis": { "$ref": "#/$defs/optionalText", "description": "测算依据" }
                        }
                      }
                    }
                  }
                }
              }
            },
            "indicator": {
              "type": "object",
              "required": ["level1", "level2", "name", "description", "target", "basis", "weight", "core", "previous_target", "url"],
              "additionalProperties": false,
              "properties": {
                "level1": { "type": "string", "description": "一级指标，原文照录" },
                "level2": { "type": "string", "description": "二级指标，原文照录" },
                "name": { "type": "string", "description": "三级指标" },
                "description": { "$ref": "#/$defs/optionalText", "description": "绩效指标描述" },
                "target": {
                  "type": "object",
                  "description": "指标值：原文及解析结果",
                  "required": ["text", "kind", "operator", "number", "magnitude", "scaled_number", "unit", "note"],
                  "additionalProperties": false,
                  "properties": {
                    "text": { "type": "string", "description": "指标值，原文照录" },
                    "kind": { "type": "string", "enum": ["quantitative", "qualitative", "placeholder", "unrecognised"], "description": "定量、定性等级、未填写的模板占位符、无法识别" },
                    "operator": { "type": ["string", "null"], "enum": [">=", "<=", ">", "<", "=", null], "description": "运算符（≥ 写作 >=，≤ 写作 <=），不论原文写法（大于等于、不低于、以上……）" },
                    "number": { "$ref": "#/$defs/optionalDecimal", "description": "数值，不含“万”“亿”，半角，保留原文的小数位" },
                    "magnitude": { "type": ["string", "null"], "enum": ["万", "亿", null], "description": "数量级" },
                    "scaled_number": { "$ref": "#/$defs/optionalDecimal", "description": "按数量级换算后的数值（30万 → 300000）" },
                    "unit": { "$ref": "#/$defs/optionalText", "description": "计量单位" },
                    "note": { "$ref": "#/$defs/optionalText", "description": "末尾括号中的说明" }
                  }
                },
                "basis": { "$ref": "#/$defs/optionalText", "description": "指标值确定依据" },
                "weight": { "$ref": "#/$defs/optionalDecimal", "description": "分值/权重" },
                "core": { "type": "boolean", "description": "是否核心指标" },
                "previous_target": { "$ref": "#/$defs/optionalText", "description": "上年指标值，原文照录" },
                "url": { "type": "string", "description": "指标在页面上的地址（相对于网站根目录）" }
              }
            }
          }
        }

        """;
}
