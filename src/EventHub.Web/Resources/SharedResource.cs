namespace EventHub.Web.Resources;

/// <summary>
/// Marker for the application's strings: SharedResource.resx holds French (fr-CA, the default),
/// SharedResource.en.resx holds English. Every key exists in both (a test checks it).
/// </summary>
public sealed class SharedResource;
