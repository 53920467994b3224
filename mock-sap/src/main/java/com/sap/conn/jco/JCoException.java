package com.sap.conn.jco;

/** SAP's checked JCo exception: a group (the kind of failure), a key and a message. */
public class JCoException extends Exception {
    static final long serialVersionUID = 20050909001L;

    public static final int JCO_ERROR_PROGRAM = 101;
    public static final int JCO_ERROR_CONFIGURATION = 101;
    public static final int JCO_ERROR_COMMUNICATION = 102;
    public static final int JCO_ERROR_LOGON_FAILURE = 103;
    public static final int JCO_ERROR_SYSTEM_FAILURE = 104;
    public static final int JCO_ERROR_APPLICATION_EXCEPTION = 105;
    public static final int JCO_ERROR_RESOURCE = 106;
    public static final int JCO_ERROR_PROTOCOL = 107;
    public static final int JCO_ERROR_INTERNAL = 108;
    public static final int JCO_ERROR_CANCELLED = 109;
    public static final int JCO_ERROR_STATE_BUSY = 110;
    public static final int JCO_ERROR_ABAP_CLASS_EXCEPTION = 111;
    public static final int JCO_ERROR_REQUEST_CANCELLED = 112;
    public static final int JCO_ERROR_REGISTRATION_DENIED = 113;
    public static final int JCO_ERROR_EXTENSION = 120;
    public static final int JCO_ERROR_NULL_HANDLE = 121;
    public static final int JCO_ERROR_CONVERSION = 122;
    public static final int JCO_ERROR_FUNCTION_NOT_FOUND = 123;
    public static final int JCO_ERROR_ILLEGAL_TID = 124;
    public static final int JCO_ERROR_UNSUPPORTED_CODEPAGE = 125;
    public static final int JCO_ERROR_ABAP_EXCEPTION = 126;
    public static final int JCO_ERROR_FIELD_NOT_FOUND = 127;
    public static final int JCO_ERROR_NOT_SUPPORTED = 128;
    public static final int JCO_ERROR_SERVER_STARTUP = 129;
    public static final int JCO_ERROR_XML_PARSER = 130;
    public static final int JCO_ERROR_ILLEGAL_ARGUMENT = 131;
    public static final int JCO_ERROR_CONCURRENT_CALL = 132;
    public static final int JCO_ERROR_INVALID_HANDLE = 133;
    public static final int JCO_ERROR_INITIALIZATION = 134;
    public static final int JCO_ERROR_TIMEOUT = 135;
    public static final int JCO_ERROR_ILLEGAL_STATE = 136;
    public static final int JCO_ERROR_PASSWORD_CHANGE_REQUIRED = 138;
    public static final int JCO_ERROR_DATA_PROVIDER_ERROR = 156;
    public static final int JCO_ERROR_DESTINATION_DATA_INVALID = 180;

    private final int group;
    private final String key;

    public JCoException(int group, String key) {
        this(group, key, key);
    }

    public JCoException(int group, String key, String message) {
        super(message);
        this.group = group;
        this.key = key;
    }

    public JCoException(int group, String key, Throwable cause) {
        this(group, key, key, cause);
    }

    public JCoException(int group, String key, String message, Throwable cause) {
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
