using EventHub.Core.Data;
using EventHub.Core.Features.CheckIns;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// The check-in feature's use cases on a test database, wired as one application instance wires them:
/// its write gate, its scan writer and its cache of checkpoints.
/// </summary>
public sealed class TestCheckIns : IDisposable
{
    public TestCheckIns(TestDatabase database, TimeProvider time, WriteGate gate, ICheckInFeed feed)
    {
        Recorder = new ScanRecorder(database.Factory, gate, time);
        Checkpoints = new CheckpointDirectory(database.Factory, time);
        Desk = new CheckInDesk(database.Factory, time, Checkpoints, Recorder, feed);
        Search = new CheckInSearch(database.Factory);
        Undo = new CheckInUndo(database.Factory, time, gate, feed);
    }

    public ScanRecorder Recorder { get; }
    public CheckpointDirectory Checkpoints { get; }
    public CheckInDesk Desk { get; }
    public CheckInSearch Search { get; }
    public CheckInUndo Undo { get; }

    public void Dispose() => Recorder.Dispose();
}
