using System.Text;

namespace ModelCheck.Cli.Output;

/// <summary>Writes files so that a reader never sees half of one: a temporary file, then a rename.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating folders as needed.</summary>
    public static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        File.WriteAllText(temp, text, s_utf8);
        File.Move(temp, path, overwrite: true);
    }
}
