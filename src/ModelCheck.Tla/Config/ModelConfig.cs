using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// A TLC model configuration (<c>.cfg</c>) as written: which operators to check and how to instantiate
/// the constants. Names are not resolved against the spec here; that is the checker's job, and each
/// name keeps its span so that it can report an unknown name where it was written.
/// </summary>
/// <param name="File">The configuration file as the user named it (used in every span).</param>
/// <param name="Specification">The <c>SPECIFICATION</c> formula, or null when absent.</param>
/// <param name="SpecificationSpan">Where the <c>SPECIFICATION</c> name is; <see cref="SourceSpan.None"/> when absent.</param>
/// <param name="Init">The <c>INIT</c> predicate, or null when absent.</param>
/// <param name="InitSpan">Where the <c>INIT</c> name is; <see cref="SourceSpan.None"/> when absent.</param>
/// <param name="Next">The <c>NEXT</c> action, or null when absent.</param>
/// <param name="NextSpan">Where the <c>NEXT</c> name is; <see cref="SourceSpan.None"/> when absent.</param>
/// <param name="Constants">Every <c>CONSTANT(S)</c> assignment and override, in file order, all sections together.</param>
/// <param name="Invariants">Names from every <c>INVARIANT(S)</c> section, in file order.</param>
/// <param name="Properties">Names from every <c>PROPERTY</c>/<c>PROPERTIES</c> section, in file order.</param>
/// <param name="Constraints">Names from every <c>CONSTRAINT(S)</c> section, in file order.</param>
/// <param name="ActionConstraints">Names from every <c>ACTION_CONSTRAINT(S)</c> section, in file order.</param>
/// <param name="Symmetry">The <c>SYMMETRY</c> operator, or null.</param>
/// <param name="View">The <c>VIEW</c> operator, or null.</param>
/// <param name="CheckDeadlock"><c>CHECK_DEADLOCK TRUE/FALSE</c>; null when absent (TLC then checks for deadlock).</param>
/// <param name="Alias">The <c>ALIAS</c> operator, or null.</param>
/// <param name="PostCondition">The <c>POSTCONDITION</c> operator, or null.</param>
internal sealed record ModelConfig(
    string File,
    string? Specification,
    SourceSpan SpecificationSpan,
    string? Init,
    SourceSpan InitSpan,
    string? Next,
    SourceSpan NextSpan,
    ImmutableArray<ConfigConstant> Constants,
    ImmutableArray<ConfigName> Invariants,
    ImmutableArray<ConfigName> Properties,
    ImmutableArray<ConfigName> Constraints,
    ImmutableArray<ConfigName> ActionConstraints,
    ConfigName? Symmetry,
    ConfigName? View,
    bool? CheckDeadlock,
    ConfigName? Alias,
    ConfigName? PostCondition);
