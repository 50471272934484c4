package se.kunskapsnav.geography;

import se.kunskapsnav.platform.Messages;

import java.util.List;

/** A problem in a classification file: on a line (as the spreadsheet numbers it), or in the file as a whole (0). */
public record ClassificationError(int line, String messageKey, List<String> arguments) {

    static ClassificationError at(int line, String messageKey, String... arguments) {
        return new ClassificationError(line, messageKey, List.of(arguments));
    }

    /** "Rad 3: Okänd kommungrupp ”A3”. …" in Swedish, or the file's problem alone. */
    public String message() {
        String text = Messages.get(messageKey, arguments.toArray());
        return line == 0 ? text : Messages.get("classification.line", String.valueOf(line), text);
    }
}
