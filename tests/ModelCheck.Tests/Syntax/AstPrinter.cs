using System.Globalization;
using System.Text;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tests.Syntax;

/// <summary>Prints TLA+ syntax trees as compact S-expressions so tests can assert a whole tree's shape in one line.</summary>
internal static class AstPrinter
{
    /// <summary>One unit per line.</summary>
    public static string Print(ModuleDef module)
    {
        var sb = new StringBuilder();
        sb.Append("MODULE ").Append(module.Name);
        if (!module.Extends.IsEmpty)
        {
            sb.Append(" EXTENDS ").Append(string.Join(", ", module.Extends));
        }

        sb.Append('\n');
        foreach (var unit in module.Units)
        {
            sb.Append(Print(unit)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One unit on one line (a submodule on several).</summary>
    public static string Print(Unit unit) => unit switch
    {
        OperatorDef d => $"{(d.IsLocal ? "LOCAL " : "")}{d.Name}{Params(d.Params)} == {Print(d.Body)}",
        FunctionDef f => $"{(f.IsLocal ? "LOCAL " : "")}{f.Name}[{string.Join(", ", f.Bindings.Select(Print))}] == {Print(f.Body)}",
        ConstantDecl c => $"CONSTANT {string.Join(", ", c.Constants.Select(Print))}",
        VariableDecl v => $"VARIABLE {string.Join(", ", v.Names)}",
        RecursiveDecl r => $"RECURSIVE {string.Join(", ", r.Operators.Select(Print))}",
        AssumeDef a => $"ASSUME {(a.Name is null ? "" : a.Name + " == ")}{Print(a.Condition)}",
        TheoremDef t => $"THEOREM {(t.Name is null ? "" : t.Name + " == ")}{(t.Body is null ? "<sequent>" : Print(t.Body))}",
        InstanceDef i => $"{(i.IsLocal ? "LOCAL " : "")}{(i.Name is null ? "" : i.Name + Params(i.Params) + " == ")}INSTANCE {i.Module}"
            + (i.Substitutions.IsEmpty ? "" : " WITH " + string.Join(", ", i.Substitutions.Select(s => $"{s.Name} <- {Print(s.Value)}"))),
        ModuleDef m => Print(m).TrimEnd('\n'),
        _ => unit.GetType().Name,
    };

    /// <summary>An expression as an S-expression.</summary>
    public static string Print(Expr expr) => expr switch
    {
        NameExpr n => n.Name,
        NumberExpr n => n.Value.ToString(CultureInfo.InvariantCulture),
        StringExpr s => $"\"{s.Value}\"",
        AtExpr => "@",
        ApplyExpr a => $"({a.Operator} {Join(a.Args)})",
        JunctionExpr j => $"({(j.IsConjunction ? "/\\" : "\\/")} {Join(j.Items)})",
        IfExpr i => $"(IF {Print(i.Condition)} {Print(i.Then)} {Print(i.Else)})",
        CaseExpr c => $"(CASE {string.Join(" ", c.Arms.Select(a => $"({Print(a.Guard)} -> {Print(a.Value)})"))}"
            + (c.Other is null ? "" : $" (OTHER -> {Print(c.Other)})") + ")",
        LetExpr l => $"(LET {string.Join(" ", l.Definitions.Select(d => "[" + Print(d) + "]"))} {Print(l.Body)})",
        QuantifierExpr q => $"({(q.IsForAll ? "\\A" : "\\E")} {string.Join(", ", q.Bindings.Select(Print))} : {Print(q.Body)})",
        UnboundedQuantifierExpr u => $"({(u.IsForAll ? "\\A" : "\\E")}{(u.IsTemporal ? (u.IsForAll ? "A" : "E") : "")} {string.Join(" ", u.Names)} : {Print(u.Body)})",
        ChooseExpr c => $"(CHOOSE {Print(c.Binding)} : {Print(c.Predicate)})",
        SetEnumExpr s => $"{{{Join(s.Elements)}}}",
        SetFilterExpr s => $"{{{Print(s.Binding)} : {Print(s.Predicate)}}}",
        SetMapExpr s => $"{{{Print(s.Body)} : {string.Join(", ", s.Bindings.Select(Print))}}}",
        FunctionExpr f => $"[{string.Join(", ", f.Bindings.Select(Print))} |-> {Print(f.Body)}]",
        FunctionSetExpr f => $"[{Print(f.Domain)} -> {Print(f.Range)}]",
        RecordExpr r => $"[{string.Join(", ", r.Fields.Select(f => $"{f.Name} |-> {Print(f.Value)}"))}]",
        RecordSetExpr r => $"[{string.Join(", ", r.Fields.Select(f => $"{f.Name} : {Print(f.Value)}"))}]",
        ExceptExpr e => $"[{Print(e.Function)} EXCEPT {string.Join(", ", e.Updates.Select(Print))}]",
        TupleExpr t => $"<<{Join(t.Elements)}>>",
        FunctionApplyExpr f => $"(fn {Print(f.Function)} {Join(f.Args)})",
        FieldExpr f => $"(. {Print(f.Record)} {f.Field})",
        PrimeExpr p => $"(' {Print(p.Operand)})",
        ActionExpr a => $"({(a.IsBox ? "[]_" : "<>_")} {Print(a.Action)} {Print(a.Subscript)})",
        FairnessExpr f => $"({(f.IsStrong ? "SF" : "WF")} {Print(f.Subscript)} {Print(f.Action)})",
        TemporalExpr t => $"({(t.IsAlways ? "[]" : "<>")} {Print(t.Operand)})",
        UnchangedExpr u => $"(UNCHANGED {Print(u.Operand)})",
        LambdaExpr l => $"(LAMBDA {string.Join(" ", l.Params)} : {Print(l.Body)})",
        QualifiedExpr q => $"(! {string.Join(" ", q.Path.Select(s => s.Args.IsEmpty ? s.Name : $"{s.Name}({Join(s.Args)})"))} {q.Name}{(q.Args.IsEmpty ? "" : $"({Join(q.Args)})")})",
        _ => expr.GetType().Name,
    };

    private static string Print(Binding b)
    {
        string names = b.IsTuple ? $"<<{string.Join(" ", b.Names)}>>" : string.Join(" ", b.Names);
        return b.Domain is null ? names : $"{names} \\in {Print(b.Domain)}";
    }

    private static string Print(OpDecl d) => d.Arity == 0 ? d.Name : $"{d.Name}/{d.Arity}";

    private static string Print(ExceptUpdate u) =>
        "!" + string.Concat(u.Path.Select(k => k.Field is null ? $"[{Join(k.Index)}]" : $".{k.Field}")) + $" = {Print(u.Value)}";

    private static string Params(System.Collections.Immutable.ImmutableArray<OpDecl> ps) =>
        ps.IsEmpty ? "" : $"({string.Join(", ", ps.Select(Print))})";

    private static string Join(IEnumerable<Expr> items) => string.Join(" ", items.Select(Print));
}
