namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>The integer operators of Naturals and Integers that have a node of their own.</summary>
internal enum IntOperator
{
    /// <summary>+</summary>
    Add,

    /// <summary>-</summary>
    Subtract,

    /// <summary>*</summary>
    Multiply,

    /// <summary>\div</summary>
    Divide,

    /// <summary>%</summary>
    Modulo,

    /// <summary>^</summary>
    Power,

    /// <summary>&lt;</summary>
    Less,

    /// <summary>&lt;=</summary>
    LessOrEqual,

    /// <summary>&gt;</summary>
    Greater,

    /// <summary>&gt;=</summary>
    GreaterOrEqual,

    /// <summary>..</summary>
    Range,
}
