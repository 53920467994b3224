package com.sap.conn.jco;

/** SAP's unchecked JCo exception, with the same group and key as {@link JCoException}. */
public class JCoRuntimeException extends RuntimeException {
    static final long serialVersionUID = 20050909001L;

    private final int group;
    private final String key;

    public JCoRuntimeException(int group, String key) {
        this(group, key, key);
    }

    public JCoRuntimeException(int group, String key, String message) {
        super(message);
        this.group = group;
        this.key = key;
    }

    public JCoRuntimeException(int group, String key, Throwable cause) {
        this(group, key, key, cause);
    }

    public JCoRuntimeException(int group, String key, String message, Throwable cause) {
        super(message, cause);
        this.group = group;
        this.key = key;
    }

    public final int getGroup() {
        return group;
    }

    public final String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": (" + group + ") " + key + ": " + getMessage();
    }
}
