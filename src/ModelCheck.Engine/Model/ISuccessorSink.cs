using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Model;

/// <summary>Receives states from a worker.</summary>
internal interface ISuccessorSink
{
    /// <summary>
    /// Receives one state. <paramref name="state"/> is the worker's buffer: read it during the call
    /// and copy what must outlive it.
    /// </summary>
    void Add(Value[] state);
}
