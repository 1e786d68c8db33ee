using EventHub.Benchmarks;
using EventHub.Core.Data;

// dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16] [--rounds 5] [--provider postgresql]
// dotnet run -c Release --project tests/EventHub.Benchmarks -- register [--clients 64] [--provider postgresql]
// dotnet run -c Release --project tests/EventHub.Benchmarks -- sync [--rounds 3] [--provider postgresql]
// --provider postgresql starts a throwaway PostgreSQL server of its own (tests/postgres.sh); SQLite is the default.
var scenario = args.FirstOrDefault() ?? "";
var clients = Option("--clients");
var rounds = Option("--rounds");
var providerName = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? "sqlite";
if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider) || provider == DatabaseProvider.SqlServer)
{
    return Usage();
}
return scenario switch
{
    "checkin" => await CheckInBenchmark.RunAsync(provider, clients > 0 ? clients : 16, rounds > 0 ? rounds : 5),
    "register" => await RegistrationBenchmark.RunAsync(provider, clients > 0 ? clients : 64),
    "sync" => await SyncBenchmark.RunAsync(provider, rounds > 0 ? rounds : 3),
    _ => Usage(),
};

int Option(string name) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault();

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16] [--rounds 5] | register [--clients 64] | sync [--rounds 3], each with [--provider sqlite|postgresql]");
    return 2;
}
